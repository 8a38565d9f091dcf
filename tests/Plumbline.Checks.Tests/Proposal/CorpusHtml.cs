using System.Net;
using System.Text;

namespace Plumbline.Checks.Tests.Proposal;

/// <summary>A corpus proposal as the plain HTML page a vendor might send: headings, paragraphs, a list and a table.</summary>
internal static class CorpusHtml
{
    public static string Of(string markdown)
    {
        var html = new StringBuilder("<!doctype html><html><head><title>Proposal</title><style>p{margin:0}</style><script>var x = 'Backups are not included';</script></head><body>");
        var inList = false;
        var inTable = false;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (inList && !line.StartsWith("- ", StringComparison.Ordinal))
            {
                html.Append("</ul>");
                inList = false;
            }

            if (inTable && !line.StartsWith('|'))
            {
                html.Append("</table>");
                inTable = false;
            }

            if (line.StartsWith('#'))
            {
                html.Append("<h2>").Append(WebUtility.HtmlEncode(line.TrimStart('#').Trim())).Append("</h2>");
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                html.Append(inList ? string.Empty : "<ul>").Append("<li>").Append(WebUtility.HtmlEncode(line[2..])).Append("</li>");
                inList = true;
            }
            else if (line.StartsWith('|'))
            {
                if (!line.Contains("---", StringComparison.Ordinal))
                {
                    html.Append(inTable ? string.Empty : "<table>").Append("<tr>");
                    foreach (var cell in line.Trim('|').Split('|'))
                    {
                        html.Append("<td>").Append(WebUtility.HtmlEncode(cell.Trim())).Append("</td>");
                    }

                    html.Append("</tr>");
                    inTable = true;
                }
            }
            else if (line.Length > 0)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
            }
        }

        return html.Append(inList ? "</ul>" : string.Empty).Append(inTable ? "</table>" : string.Empty).Append("</body></html>").ToString();
    }
}
