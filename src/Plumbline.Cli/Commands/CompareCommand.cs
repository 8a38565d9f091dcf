using System.CommandLine;
using Plumbline.Cli.Input;
using Plumbline.Cli.Output;
using Plumbline.Reports.Json;
using Plumbline.Reports.Progress;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb compare OLD.json NEW.json</c>: what was fixed, what is new, still open or back since an earlier run.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext cli)
    {
        var reports = new Argument<string[]>("reports")
        {
            Description = "JSON reports (--format json) of one target, oldest first: the last two are compared; any before them tell a regression (fixed, then back) from a new finding",
            Arity = new ArgumentArity(2, 100),
        };
        var command = new Command("compare", "Compare two runs of one audit or check by finding fingerprint: fixed, new, still open, regressed") { reports };
        var catalogOption = CatalogOption.AddTo(command);
        var reportOptions = ReportOptions.AddTo(command);

        command.SetAction(parse =>
        {
            var (request, optionError) = reportOptions.Read(parse);
            if (request is null)
            {
                return cli.InputError(optionError!);
            }

            var (catalog, catalogErrors) = catalogOption.Read(parse);
            if (catalog is null)
            {
                return cli.InputErrors(catalogErrors);
            }

            var paths = parse.GetValue(reports)!;
            var runs = new List<ImportedReport>();
            foreach (var path in paths)
            {
                var (text, readError) = InputFile.ReadText(path, "JSON report");
                if (text is null)
                {
                    return cli.InputError(readError!);
                }

                var read = JsonReportReader.Read(text, path);
                if (!read.Success)
                {
                    return cli.InputErrors(read.Errors);
                }

                runs.Add(read.Value);
            }

            var report = ComparisonReport.Create(runs, paths, catalog);
            return report.Success
                ? ReportOutput.Emit(cli, report.Value, request, ReportOutput.BaseName("compare", runs[^1].Target))
                : cli.InputErrors(report.Errors);
        });
        return command;
    }
}
