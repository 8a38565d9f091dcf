using Plumbline.Cli.Rendering;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;
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

        var fileFormats = request.Formats.Where(f => f != "terminal").Select(f => ReportWriters.Find(f)!).ToList();
        if (request.ToStandardOutput)
        {
            using var stdout = Console.OpenStandardOutput();
            using var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false)) { AutoFlush = true };
            fileFormats[0].Write(report, writer);
        }
        else if (fileFormats.Count > 0)
        {
            var written = new List<string>();
            try
            {
                Directory.CreateDirectory(request.OutDirectory);
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

        return MeetsFailOn(report, request.FailOn) ? ExitCodes.FindingsAtOrAboveThreshold : ExitCodes.Ok;
    }

    /// <summary>True when an active item is in the threshold quadrant or a more urgent one.</summary>
    public static bool MeetsFailOn(Report report, Quadrant? failOn) =>
        failOn is { } threshold && report.Items.Any(i => i.IsActive && i.Quadrant.Urgency() >= threshold.Urgency());

    /// <summary>A file-name-safe base name for report files.</summary>
    public static string BaseName(string kind, string target)
    {
        var slug = Core.Register.Slug.Of(Path.GetFileNameWithoutExtension(target.TrimEnd('/', '\\')));
        return slug.Length == 0 ? $"plumbline-{kind}" : $"plumbline-{kind}-{slug}";
    }
}
