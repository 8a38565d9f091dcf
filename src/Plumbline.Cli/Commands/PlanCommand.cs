using System.CommandLine;
using Plumbline.Cli.Input;
using Plumbline.Cli.Output;
using Plumbline.Core.Register;
using Plumbline.Reports.Model;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb plan REGISTER.yml</c>: the matrix and roadmap of a business's own register.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext cli)
    {
        var register = new Argument<string>("register") { Description = "The register file (YAML; see docs/register.md and examples/register.yml)" };
        var command = new Command("plan", "Prioritise a register of items into the impact–effort matrix and a roadmap by week") { register };
        var catalogOption = CatalogOption.AddTo(command);
        var reportOptions = ReportOptions.AddTo(command);

        command.SetAction(parse =>
        {
            var (request, optionError) = reportOptions.Read(parse);
            if (request is null)
            {
                return cli.InputError(optionError!);
            }

            WarmUp.Report(cli, request);

            var (catalog, catalogErrors) = catalogOption.Read(parse);
            if (catalog is null)
            {
                return cli.InputErrors(catalogErrors);
            }

            var path = parse.GetValue(register)!;
            var (text, readError) = InputFile.ReadText(path, "register");
            if (text is null)
            {
                return cli.InputError(readError!);
            }

            var read = RegisterReader.Read(text, path, cli.Today, catalog);
            if (!read.Success)
            {
                return cli.InputErrors(read.Errors);
            }

            var reg = read.Value;
            var report = ReportFactory.Create(
                $"{reg.Name} — technology plan",
                "plan",
                path,
                cli.Time.GetUtcNow(),
                [],
                reg.Items,
                reg.Settings,
                catalog);
            return report.Success
                ? ReportOutput.Emit(cli, report.Value, request, ReportOutput.BaseName("plan", Path.GetFileNameWithoutExtension(path)))
                : cli.InputErrors(report.Errors);
        });
        return command;
    }
}
