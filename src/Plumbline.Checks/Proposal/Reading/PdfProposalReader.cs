using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Plumbline.Checks.Proposal.Reading;

/// <summary>Reads a text PDF from its positioned words: words to lines by baseline, lines to paragraphs by the gaps between them,
/// larger or bold lone lines as headings, and lines with wide gaps between words as table rows.</summary>
/// <remarks>Page.Text would run columns and table cells together; positions keep a table row's cells apart and a heading apart from its body.</remarks>
internal static class PdfProposalReader
{
    public static ProposalDocument Read(byte[] bytes, string name)
    {
        using var pdf = PdfDocument.Open(bytes);
        var lines = new List<PdfLine>();
        foreach (var page in pdf.GetPages())
        {
            lines.AddRange(LinesOf(page));
        }

        if (lines.Count == 0)
        {
            return new ProposalDocument(name, "pdf", [])
            {
                NoText = string.Create(CultureInfo.InvariantCulture,
                    $"its {pdf.NumberOfPages} page(s) have no text layer (a scan or a picture of text); run OCR on it or ask the vendor for the original document"),
            };
        }

        var body = Median(lines.Select(l => l.Size));
        var blocks = new List<ProposalBlock>();
        var paragraphOnPage = 0;
        var page0 = 0;
        var current = new List<PdfLine>();

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            var first = current[0];
            if (first.Page != page0)
            {
                page0 = first.Page;
                paragraphOnPage = 0;
            }

            var text = Join(current);
            var kind = first.IsTableRow ? BlockKind.TableRow
                : current.Count == 1 && (first.Size >= body * 1.15 || first.Bold) && HeadingGuess.Looks(text) ? BlockKind.Heading
                : ListStart(text) ? BlockKind.ListItem
                : BlockKind.Paragraph;
            blocks.Add(new ProposalBlock(text, kind, first.Page, ++paragraphOnPage));
            current.Clear();
        }

        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var startsNew = previous is null || line.Page != previous.Page || line.IsTableRow || previous.IsTableRow
                || previous.Top - line.Top > Math.Max(previous.Size, line.Size) * 1.6
                || Math.Abs(line.Size - previous.Size) > body * 0.1
                || line.Bold != previous.Bold
                || ListStart(line.Text);
            if (startsNew)
            {
                Flush();
            }

            current.Add(line);
            previous = line;
        }

        Flush();
        return new ProposalDocument(name, "pdf", blocks);
    }

    private static IEnumerable<PdfLine> LinesOf(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var row = rows.LastOrDefault();
            if (row is not null && Math.Abs(row[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= Math.Max(1, SizeOf(row[0]) * 0.4))
            {
                row.Add(word);
            }
            else
            {
                rows.Add([word]);
            }
        }

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            var size = Median(row.Select(SizeOf));
            var text = new System.Text.StringBuilder(row[0].Text);
            var cells = 1;
            for (var i = 1; i < row.Count; i++)
            {
                // A gap of several letters between words on one baseline is a column: the row of a table.
                var gap = row[i].BoundingBox.Left - row[i - 1].BoundingBox.Right;
                if (gap > size * 2.5)
                {
                    text.Append(": ");
                    cells++;
                }
                else
                {
                    text.Append(' ');
                }

                text.Append(row[i].Text);
            }

            var bold = row.All(w => w.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true);
            yield return new PdfLine(page.Number, row.Max(w => w.BoundingBox.Top), size, bold, cells > 1, ProposalText.Clean(text.ToString()));
        }
    }

    private static double SizeOf(Word word) => word.Letters.Count > 0 ? word.Letters[0].PointSize : word.BoundingBox.Height;

    private static string Join(List<PdfLine> lines)
    {
        var sb = new System.Text.StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i].Text;
            if (sb.Length > 1 && sb[^1] == '-' && char.IsLetter(sb[^2]) && next.Length > 0 && char.IsLower(next[0]))
            {
                sb.Length--;
            }
            else
            {
                sb.Append(' ');
            }

            sb.Append(next);
        }

        return ProposalText.Clean(sb.ToString());
    }

    private static bool ListStart(string text) => text.StartsWith("• ", StringComparison.Ordinal) || text.StartsWith("- ", StringComparison.Ordinal);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private sealed record PdfLine(int Page, double Top, double Size, bool Bold, bool IsTableRow, string Text);
}
