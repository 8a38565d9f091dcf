using System.Diagnostics;
using System.Text;

namespace Plumbline.Testing.Browser;

/// <summary>The text of a PDF as poppler's pdftotext reads it: pages separated by form feeds, in reading order.</summary>
public static class PdfText
{
    public const string Executable = "/usr/bin/pdftotext";

    /// <summary>Each page's text.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf) => [.. Run(pdf).Split('\f').SkipLast(1)];

    private static string Run(byte[] pdf, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"plumbline-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var option in options)
            {
                info.ArgumentList.Add(option);
            }

            info.ArgumentList.Add("-enc");
            info.ArgumentList.Add("UTF-8");
            info.ArgumentList.Add(file);
            info.ArgumentList.Add("-");
            using var process = Process.Start(info)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftotext exited with {process.ExitCode}: {process.StandardError.ReadToEnd()}");
            }

            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Every word with its page (from 1) and position in points from the page's top left, as pdftotext -bbox lays them out.</summary>
    public static IReadOnlyList<PdfWord> Words(byte[] pdf)
    {
        var xhtml = Run(pdf, "-bbox");
        var words = new List<PdfWord>();
        var page = 0;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(xhtml,
            "<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"))
        {
            if (m.Value.StartsWith("<page", StringComparison.Ordinal))
            {
                page++;
                continue;
            }

            double D(int i) => double.Parse(m.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture);
            words.Add(new PdfWord(page, D(1), D(2), D(3), D(4), System.Net.WebUtility.HtmlDecode(m.Groups[5].Value)));
        }

        return words;
    }

    /// <summary>Text with every whitespace character removed: lines a column wrapped (even inside a word) compare equal.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
