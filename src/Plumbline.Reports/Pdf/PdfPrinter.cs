using System.Diagnostics;
using System.Text;
using Plumbline.Core.Input;
using Plumbline.Reports.Model;
using Plumbline.Reports.Writers;

namespace Plumbline.Reports.Pdf;

/// <summary>Prints a report to PDF: the HTML report, printed by headless Chromium with its print stylesheet (A4, tables
/// that wrap, repeated table headers, the title and date at the top and "Page n of m" at the bottom of every page).</summary>
public sealed class PdfPrinter(string chromium)
{
    /// <summary>The <c>--format</c> name.</summary>
    public const string Format = "pdf";

    /// <summary>How long one print may take before it is given up (a large report prints in a few seconds).</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>A printer with the browser <see cref="Chromium.Find()"/> found, or the one-line reason there is none.</summary>
    public static ParseResult<PdfPrinter> Locate() => Locate(Environment.GetEnvironmentVariable);

    /// <summary>The same, reading the environment through <paramref name="environment"/>.</summary>
    public static ParseResult<PdfPrinter> Locate(Func<string, string?> environment) =>
        Chromium.Find(environment) is { } path
            ? ParseResult<PdfPrinter>.Ok(new PdfPrinter(path))
            : ParseResult<PdfPrinter>.Fail(new InputError("--format pdf", Chromium.Missing(environment)));

    /// <summary>The browser this printer runs.</summary>
    public string Executable => chromium;

    /// <summary>The report as PDF bytes, or why the browser could not print it.</summary>
    public async Task<ParseResult<byte[]>> PrintAsync(Report report, CancellationToken cancellationToken = default)
    {
        var html = new StringWriter();
        new HtmlReportWriter().Write(report, html);
        return await PrintHtmlAsync(html.ToString(), cancellationToken);
    }

    /// <summary>Prints a self-contained HTML page (no scripts, no fetched assets) to PDF.</summary>
    public async Task<ParseResult<byte[]>> PrintHtmlAsync(string html, CancellationToken cancellationToken = default)
    {
        // A folder of its own for the page, the PDF and the browser profile, so parallel prints never share a profile lock.
        var work = Directory.CreateTempSubdirectory("plumbline-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "report.html");
            var pdf = Path.Combine(work.FullName, "report.pdf");
            await File.WriteAllTextAsync(page, html, new UTF8Encoding(false), cancellationToken);
            var info = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in Arguments(work.FullName, pdf, new Uri(page).AbsoluteUri))
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info);
            if (process is null)
            {
                return Failed($"{chromium} could not be started");
            }

            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                return Failed($"{chromium} did not finish printing within {Limit.TotalMinutes:0} minutes");
            }

            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                var said = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? string.Empty;
                return Failed($"{chromium} exited with code {process.ExitCode} and wrote no PDF{(said.Length > 0 ? $" ({said})" : string.Empty)}");
            }

            return ParseResult<byte[]>.Ok(await File.ReadAllBytesAsync(pdf, cancellationToken));
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // The browser may still hold a file for a moment; a temp folder left behind is harmless.
            }
        }
    }

    private static ParseResult<byte[]> Failed(string message) => ParseResult<byte[]>.Fail(new InputError("--format pdf", message));

    private static IEnumerable<string> Arguments(string profile, string pdf, string page)
    {
        yield return "--headless";
        yield return "--disable-gpu";
        yield return "--no-first-run";
        yield return "--no-default-browser-check";
        yield return "--disable-background-networking";
        yield return "--disable-component-update";
        yield return "--disable-sync";
        yield return "--disable-extensions";
        yield return $"--user-data-dir={profile}";
        // The page margins come from the report's own @page rules; Chromium's default header (a file URL) would cover them.
        yield return "--no-pdf-header-footer";
        yield return $"--print-to-pdf={pdf}";
        if (RunsAsRoot())
        {
            // Chromium refuses to start as root with its sandbox (containers, CI); the page it opens is our own file.
            yield return "--no-sandbox";
        }

        yield return page;
    }

    private static bool RunsAsRoot() => !OperatingSystem.IsWindows() && string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
}
