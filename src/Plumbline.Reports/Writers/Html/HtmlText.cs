using System.Text;

namespace Plumbline.Reports.Writers.Html;

/// <summary>Escaping for text that came from a target or a register, safe in HTML/SVG text and quoted attributes.</summary>
internal static class HtmlText
{
    /// <summary>Escapes &amp; &lt; &gt; " and ' so the text can never open a tag or end an attribute.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // Control characters other than tab and newlines are not allowed in HTML text; drop them.
                case < ' ' when c is not ('\t' or '\n' or '\r'): break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Shortens text to a number of characters with an ellipsis, before escaping (so no entity is cut).</summary>
    public static string Truncate(string text, int max)
    {
        if (max < 2 || text.Length <= max)
        {
            return text.Length <= max ? text : text[..Math.Max(0, max)];
        }

        return string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
    }

    /// <summary>A value usable in an id attribute and a #fragment: letters, digits and dashes.</summary>
    public static string Anchor(string prefix, string id)
    {
        var sb = new StringBuilder(prefix.Length + id.Length);
        sb.Append(prefix);
        foreach (var c in id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return sb.ToString();
    }
}
