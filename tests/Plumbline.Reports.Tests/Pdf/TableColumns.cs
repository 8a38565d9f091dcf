using Plumbline.Testing.Browser;

namespace Plumbline.Reports.Tests.Pdf;

/// <summary>Reads a printed table column by column: on every page where the header row appears, each column is the
/// words below the header that start between its header word and the next one, in reading order.</summary>
internal static class TableColumns
{
    public static IReadOnlyList<string> Read(IReadOnlyList<PdfWord> words, IReadOnlyList<string> headers)
    {
        var columns = headers.Select(_ => new List<string>()).ToList();
        foreach (var page in words.GroupBy(w => w.Page))
        {
            // The header row: the first word of each column's heading, all on one line.
            var starts = headers.Select(h => page.FirstOrDefault(w => w.Text == h)).ToList();
            if (starts.Any(s => s is null) || starts.Any(s => Math.Abs(s!.Top - starts[0]!.Top) > 2))
            {
                continue;
            }

            var below = page.Where(w => w.Top > starts[0]!.Bottom + 2).OrderBy(w => Math.Round(w.Top)).ThenBy(w => w.Left).ToList();
            for (var c = 0; c < headers.Count; c++)
            {
                var from = starts[c]!.Left - 1;
                var to = c + 1 < headers.Count ? starts[c + 1]!.Left - 1 : double.MaxValue;
                columns[c].AddRange(below.Where(w => w.Left >= from && w.Left < to).Select(w => w.Text));
            }
        }

        return [.. columns.Select(c => string.Join(' ', c))];
    }
}
