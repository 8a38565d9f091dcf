using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Plumbline.Checks.Proposal.Reading;

/// <summary>Reads HTML: h1–h6 as headings, p/li/dd/blockquote as paragraphs, each table row as one block; scripts and styles are ignored.</summary>
internal static class HtmlProposalReader
{
    private const string Selector = "h1,h2,h3,h4,h5,h6,p,li,tr,dt,dd,blockquote,pre,td>div";

    public static ProposalDocument Read(string html, string name)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var blocks = new List<ProposalBlock>();
        var chosen = document.QuerySelectorAll(Selector).ToHashSet();
        foreach (var element in chosen.Where(e => !HasChosenAncestor(e, chosen)))
        {
            var kind = element.LocalName switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
                "li" => BlockKind.ListItem,
                "tr" => BlockKind.TableRow,
                _ => BlockKind.Paragraph,
            };
            var text = kind == BlockKind.TableRow
                ? string.Join(": ", element.Children.Where(c => c.LocalName is "td" or "th").Select(c => ProposalText.Clean(c.TextContent)).Where(t => t.Length > 0))
                : ProposalText.Clean(element.TextContent);
            if (text.Length > 0)
            {
                blocks.Add(new ProposalBlock(text, kind, null, blocks.Count + 1));
            }
        }

        return new ProposalDocument(name, "html", blocks);
    }

    private static bool HasChosenAncestor(IElement element, HashSet<IElement> chosen)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (chosen.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }
}
