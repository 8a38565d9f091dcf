using System.Diagnostics;
using System.Text;

namespace Plumbline.Testing.Browser;

/// <summary>The text of a PDF as poppler's pdftotext reads it: pages separated by form feeds, in reading order.</summary>
public static class PdfText
{
    public const string Executable = "/usr/bin/pdftotext";

    /// <summary>Each page's text.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"plumbline-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
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

            return [.. text.Split('\f').SkipLast(1)];
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Text with every whitespace character removed: lines a column wrapped (even inside a word) compare equal.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
