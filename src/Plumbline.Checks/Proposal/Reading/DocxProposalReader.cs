using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Plumbline.Checks.Proposal.Reading;

/// <summary>Reads DOCX: paragraphs with a Heading or Title style (or an outline level) as headings, numbered paragraphs as list items, each table row as one block.</summary>
internal static class DocxProposalReader
{
    public static ProposalDocument Read(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        var blocks = new List<ProposalBlock>();
        if (body is null)
        {
            return new ProposalDocument(name, "docx", blocks);
        }

        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var text = ProposalText.Clean(TextOf(paragraph));
                    if (text.Length > 0)
                    {
                        blocks.Add(new ProposalBlock(text, KindOf(paragraph, text), null, blocks.Count + 1));
                    }

                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var cells = row.Elements<TableCell>()
                            .Select(c => ProposalText.Clean(string.Join(' ', c.Elements<Paragraph>().Select(TextOf))))
                            .Where(c => c.Length > 0);
                        var joined = string.Join(": ", cells);
                        if (joined.Length > 0)
                        {
                            blocks.Add(new ProposalBlock(joined, BlockKind.TableRow, null, blocks.Count + 1));
                        }
                    }

                    break;
            }
        }

        return new ProposalDocument(name, "docx", blocks);
    }

    private static BlockKind KindOf(Paragraph paragraph, string text)
    {
        var properties = paragraph.ParagraphProperties;
        var style = properties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.Equals("Title", StringComparison.OrdinalIgnoreCase)
            || properties?.OutlineLevel is not null)
        {
            return BlockKind.Heading;
        }

        if (properties?.NumberingProperties is not null || style.StartsWith("List", StringComparison.OrdinalIgnoreCase))
        {
            return BlockKind.ListItem;
        }

        // A paragraph whose runs are all bold and that reads like a heading is one: many proposals are formatted by hand.
        var runs = paragraph.Elements<Run>().ToList();
        var allBold = runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value));
        return allBold && HeadingGuess.Looks(text) ? BlockKind.Heading : BlockKind.Paragraph;
    }

    private static string TextOf(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar or Break:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString();
    }
}
