using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PageSize = UglyToad.PdfPig.Content.PageSize;

namespace Plumbline.Checks.Tests.Proposal;

/// <summary>Turns a corpus proposal (Markdown) into the PDF and DOCX a vendor would send: headings in a larger bold face,
/// paragraphs wrapped over lines and pages, bullets, and tables with their cells in columns.</summary>
internal static partial class CorpusDocuments
{
    public static IReadOnlyList<(string Name, string Text)> All() =>
        [.. Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];

    public static string Folder => Plumbline.Testing.Reports.RepoRoot.File("tests/Plumbline.Checks.Tests/Proposal/Corpus");

    public static byte[] ToPdf(string markdown)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        const double left = 56, bottom = 60, top = 790;
        var y = top;

        void NewLine(double height)
        {
            y -= height;
            if (y < bottom)
            {
                page = builder.AddPage(PageSize.A4);
                y = top;
            }
        }

        foreach (var (kind, text) in Blocks(markdown))
        {
            switch (kind)
            {
                case "heading":
                    NewLine(26);
                    page.AddText(text, 15, new PdfPoint(left, y), bold);
                    NewLine(8);
                    break;
                case "row":
                    NewLine(16);
                    var x = left;
                    foreach (var cell in text.Split('|'))
                    {
                        page.AddText(cell, 10, new PdfPoint(x, y), regular);
                        x += 165;
                    }

                    break;
                default:
                    NewLine(kind == "item" ? 6 : 12);
                    var lines = Wrap(kind == "item" ? "\u2022 " + text : text, 88);
                    foreach (var line in lines)
                    {
                        NewLine(14);
                        page.AddText(line, 11, new PdfPoint(left, y), regular);
                    }

                    break;
            }
        }

        return builder.Build();
    }

    public static byte[] ToDocx(string markdown)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var (kind, text) in Blocks(markdown))
            {
                if (kind != "row")
                {
                    table = null;
                }

                switch (kind)
                {
                    case "heading":
                        body.Append(Para(text, "Heading2"));
                        break;
                    case "item":
                        body.Append(Para(text, "ListParagraph"));
                        break;
                    case "row":
                        if (table is null)
                        {
                            table = new Table();
                            body.Append(table);
                        }

                        table.Append(new TableRow(text.Split('|').Select(c => new TableCell(Para(c, null)))));
                        break;
                    default:
                        body.Append(Para(text, null));
                        break;
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Para(string text, string? style)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    /// <summary>The Markdown's blocks as (kind, text): heading, item, row (cells joined by |) or paragraph; a lone short line is a heading, as a vendor's document would set it.</summary>
    private static IEnumerable<(string Kind, string Text)> Blocks(string markdown)
    {
        var paragraph = new List<string>();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        foreach (var raw in lines.Append(string.Empty))
        {
            var line = raw.Trim();
            var isBlock = line.Length == 0 || line.StartsWith('#') || line.StartsWith('|') || line.StartsWith("- ", StringComparison.Ordinal);
            if (isBlock && paragraph.Count > 0)
            {
                var joined = string.Join(' ', paragraph);
                yield return (paragraph.Count == 1 && LoneHeading().IsMatch(joined) ? "heading" : "paragraph", joined);
                paragraph.Clear();
            }

            if (line.StartsWith('#'))
            {
                yield return ("heading", line.TrimStart('#').Trim());
            }
            else if (line.StartsWith('|'))
            {
                if (!line.Contains("---", StringComparison.Ordinal))
                {
                    yield return ("row", string.Join('|', line.Trim('|').Split('|').Select(c => c.Trim())));
                }
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                yield return ("item", line[2..]);
            }
            else if (line.Length > 0)
            {
                paragraph.Add(line);
            }
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    [GeneratedRegex(@"^[A-Z0-9][^.!?;,]{0,60}$")]
    private static partial Regex LoneHeading();
}
