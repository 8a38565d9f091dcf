using System.CommandLine;
using Plumbline.Core.Scales;
using Plumbline.Reports.Pdf;
using Plumbline.Reports.Writers;

namespace Plumbline.Cli.Output;

/// <summary>The options every report-producing command shares: <c>--format</c>, <c>--out</c>, <c>--fail-on</c>.</summary>
internal sealed class ReportOptions
{
    public const string DefaultOutDirectory = "plumbline-report";

    public Option<string[]> Format { get; } = new("--format", "-f")
    {
        Description = "Output format, repeatable: terminal, html, pdf, md, json, sarif, csv (default: terminal; pdf needs Chromium or Google Chrome)",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> Out { get; } = new("--out", "-o")
    {
        Description = $"Folder for report files (default: ./{DefaultOutDirectory}); '-' writes a single file format to standard output",
    };

    public Option<string?> FailOn { get; } = new("--fail-on")
    {
        Description = "Exit with code 1 when any open item is in this quadrant or a more urgent one: do-now, plan-and-invest, quick-wins, skip-for-now",
    };

    /// <summary>Creates the options and adds them to a command.</summary>
    public static ReportOptions AddTo(Command command)
    {
        var options = new ReportOptions();
        command.Options.Add(options.Format);
        command.Options.Add(options.Out);
        command.Options.Add(options.FailOn);
        return options;
    }

    /// <summary>Validates what was given; the error names the option and the accepted values.</summary>
    public (ReportRequest? Request, string? Error) Read(ParseResult parse)
    {
        var formats = (parse.GetValue(Format) ?? [])
            .SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(f => f.ToLowerInvariant())
            .Distinct()
            .ToList();
        if (formats.Count == 0)
        {
            formats.Add("terminal");
        }

        var known = new[] { "terminal" }.Concat(ReportWriters.All.Select(w => w.Format)).Append(PdfPrinter.Format).ToList();
        var unknown = formats.FirstOrDefault(f => !known.Contains(f));
        if (unknown is not null)
        {
            return (null, $"--format: unknown format '{unknown}' (use one of: {string.Join(", ", known)})");
        }

        Quadrant? failOn = null;
        if (parse.GetValue(FailOn) is { } text)
        {
            if (!QuadrantRules.TryParse(text, out var q))
            {
                return (null, $"--fail-on: unknown quadrant '{text}' (use do-now, plan-and-invest, quick-wins or skip-for-now)");
            }

            failOn = q;
        }

        var outDir = parse.GetValue(Out) ?? DefaultOutDirectory;
        if (outDir == "-" && formats.Count(f => f != "terminal") != 1)
        {
            return (null, "--out -: standard output takes exactly one file format (e.g. --format json --out -)");
        }

        if (outDir == "-")
        {
            formats.Remove("terminal");
        }

        // Found before the run, so a missing browser is said at once rather than after a long audit.
        PdfPrinter? pdf = null;
        if (formats.Contains(PdfPrinter.Format))
        {
            var located = PdfPrinter.Locate();
            if (!located.Success)
            {
                return (null, located.Errors[0].ToString());
            }

            pdf = located.Value;
        }

        return (new ReportRequest(formats, outDir, failOn) { Pdf = pdf }, null);
    }
}
