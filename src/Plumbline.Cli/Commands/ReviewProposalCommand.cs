using System.CommandLine;
using Plumbline.Checks.Runs;
using Plumbline.Cli.Input;
using Plumbline.Cli.Output;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb review proposal FILE…</c>: what a vendor's proposal settles, leaves vague, leaves out or gets wrong,
/// topic by topic with the sentences quoted; two to five proposals side by side.</summary>
internal static class ReviewProposalCommand
{
    public static Command Create(CliContext cli)
    {
        var files = new Argument<string[]>("file")
        {
            Description = $"The proposal(s): PDF with a text layer, DOCX, Markdown, HTML or plain text; up to {ProposalReview.MaxProposals} side by side",
            Arity = new ArgumentArity(1, ProposalReview.MaxProposals),
        };
        var command = new Command("proposal", "Read a vendor proposal and say, topic by topic, whether it settles code ownership, hosting, backups, support and the rest, with the questions to send the vendor")
        {
            files,
        };
        var configOption = CheckConfigOption.AddTo(command);
        var catalogOption = CatalogOption.AddTo(command);
        var reportOptions = ReportOptions.AddTo(command);

        command.SetAction((parse, cancellationToken) =>
        {
            var (request, optionError) = reportOptions.Read(parse);
            if (request is null)
            {
                return Task.FromResult(cli.InputError(optionError!));
            }

            var (catalog, catalogErrors) = catalogOption.Read(parse);
            if (catalog is null)
            {
                return Task.FromResult(cli.InputErrors(catalogErrors));
            }

            var (config, configErrors) = configOption.Read(parse, catalog);
            if (config is null)
            {
                return Task.FromResult(cli.InputErrors(configErrors));
            }

            var paths = parse.GetValue(files) ?? [];
            var settings = new CheckRunSettings(catalog, cli.Time, cli.Today)
            {
                DisabledChecks = config.DisabledChecks,
                Ratings = config.Ratings,
            };
            var report = ProposalReview.RunFiles(paths, settings);
            if (!report.Success)
            {
                return Task.FromResult(cli.InputErrors(report.Errors));
            }

            var baseName = ReportOutput.BaseName("proposal", paths.Length == 1 ? Path.GetFileNameWithoutExtension(paths[0]) : "side-by-side");
            return Task.FromResult(ReportOutput.Emit(cli, report.Value, request, baseName));
        });
        return command;
    }
}
