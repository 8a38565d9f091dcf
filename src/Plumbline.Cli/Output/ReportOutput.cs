using Plumbline.Cli.Rendering;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;
using Plumbline.Reports.Pdf;
using Plumbline.Reports.Writers;
using Spectre.Console;

namespace Plumbline.Cli.Output;

/// <summary>Shows a report in the terminal, writes its files, and decides the exit code.</summary>
internal static class ReportOutput
{
    /// <summary>Renders and writes what was asked; returns 1 when <c>--fail-on</c> is met, 2 when a file cannot be written.</summary>
    public static int Emit(CliContext cli, Report report, ReportRequest request, string baseName)
    {
        if (request.Formats.Contains("terminal"))
        {
            ReportConsoleRenderer.Render(cli.Console, report);
        }

        var fileFormats = request.Formats.Where(f => f is not ("terminal" or PdfPrinter.Format)).Select(f => ReportWriters.Find(f)!).ToList();
        byte[]? pdf = null;
        if (request.Pdf is { } printer)
        {
            var printed = printer.PrintAsync(report).GetAwaiter().GetResult();
            if (!printed.Success)
            {
                return cli.InputError(printed.Errors[0].ToString());
            }

            pdf = printed.Value;
        }

        if (request.ToStandardOutput)
        {
            using var stdout = Console.OpenStandardOutput();
            if (pdf is not null)
            {
                stdout.Write(pdf);
            }
            else
            {
                using var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false)) { AutoFlush = true };
                fileFormats[0].Write(report, writer);
            }
        }
        else if (fileFormats.Count > 0 || pdf is not null)
        {
            var written = new List<string>();
            try
            {
                Directory.CreateDirectory(request.OutDirectory);
                if (pdf is not null)
                {
                    var path = Path.Combine(request.OutDirectory, $"{baseName}.{PdfPrinter.Format}");
                    File.WriteAllBytes(path, pdf);
                    written.Add(path);
                }

                foreach (var format in fileFormats)
                {
                    var path = Path.Combine(request.OutDirectory, $"{baseName}.{format.FileExtension}");
                    using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
                    {
                        format.Write(report, writer);
                    }

                    written.Add(path);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return cli.InputError($"{request.OutDirectory}: cannot write the report ({ex.Message}); choose another folder with --out");
            }

            foreach (var path in written)
            {
                cli.Console.MarkupLineInterpolated($"[grey]Wrote[/] {path}");
            }
        }

        if (request.FailOn is not { } threshold || AtOrAbove(report, threshold) is not { Count: > 0 } reached)
        {
            return ExitCodes.Ok;
        }

        // On standard error, so a CI log says why the run failed even when the report went to a file or to stdout.
        var count = reached.Count == 1 ? "1 item is" : $"{reached.Count} items are";
        cli.Error.WriteLine($"plumb: --fail-on {threshold.Label()}: {count} at or above it: {string.Join("; ", reached.Select(i => $"{i.Title} ({i.Quadrant.Label()})"))}");
        return ExitCodes.FindingsAtOrAboveThreshold;
    }

    /// <summary>The active items in the threshold quadrant or a more urgent one, most urgent first.</summary>
    private static List<Core.Items.Item> AtOrAbove(Report report, Quadrant threshold) =>
        [.. report.Items.Where(i => i.IsActive && i.Quadrant.Urgency() >= threshold.Urgency()).OrderByDescending(i => i.Quadrant.Urgency())];

    /// <summary>A file-name-safe base name for report files, from the target's last path segment (a clone URL's <c>.git</c> dropped).</summary>
    /// <remarks>Dots stay in the name (as dashes): <c>proj.v1</c> and <c>proj.v2</c> audited into one folder must not overwrite each other.</remarks>
    public static string BaseName(string kind, string target)
    {
        var name = Path.GetFileName(target.TrimEnd('/', '\\'));
        if (name.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^4];
        }

        var slug = Core.Register.Slug.Of(name);
        return slug.Length == 0 ? $"plumbline-{kind}" : $"plumbline-{kind}-{slug}";
    }
}
