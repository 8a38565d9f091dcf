using System.CommandLine;
using System.Text.Json.Nodes;
using Plumbline.Checks.Audit;
using Plumbline.Checks.History;
using Plumbline.Checks.Runs;
using Plumbline.Cli.Input;
using Plumbline.Cli.Output;
using Plumbline.Cli.Rendering;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb audit TARGET</c>: audits a repository (folder or git URL) and prioritises what it finds.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext cli)
    {
        var target = new Argument<string>("target") { Description = "The folder to audit (a git repository or not), or a git URL (cloned into a temporary folder and removed afterwards)" };
        var rev = new Option<string?>("--rev") { Description = "Audit this commit, branch or tag (read from git's object database; nothing is checked out)" };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these stages (repeatable): " + string.Join(", ", BuiltInStages.All().Select(s => s.Name)),
            AllowMultipleArgumentsPerToken = true,
        };
        var baseline = new Option<string?>("--baseline") { Description = "A previous JSON report: failures already in it are left out, so only new ones show" };
        var config = new Option<string?>("--config") { Description = "The audit configuration (default: plumbline.yml in the target; see docs/config.md)" };
        var since = new Option<string?>("--since") { Description = "History window start: a date (2024-01-01) or a span back from now (18 months); see docs/history.md" };
        var until = new Option<string?>("--until") { Description = "History window end: a date or a span back from now" };
        var command = new Command("audit", "Audit a code repository: inventory, documentation, build and deploy, dependencies, tests, secrets hygiene, logging and practices")
        {
            target, rev, only, baseline, config, since, until,
        };
        var catalogOption = CatalogOption.AddTo(command);
        var reportOptions = ReportOptions.AddTo(command);

        command.SetAction(async (parse, ct) =>
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

            var stages = BuiltInStages.All();
            var onlyNames = (parse.GetValue(only) ?? []).SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            if (onlyNames.FirstOrDefault(n => stages.All(s => !string.Equals(s.Name, n, StringComparison.OrdinalIgnoreCase))) is { } unknown)
            {
                return cli.InputError($"--only: unknown stage '{unknown}' (use one of: {string.Join(", ", stages.Select(s => s.Name))})");
            }

            if (onlyNames.Count > 0)
            {
                stages = [.. stages.Where(s => onlyNames.Contains(s.Name, StringComparer.OrdinalIgnoreCase))];
            }

            AuditBaseline? known = null;
            if (parse.GetValue(baseline) is { } baselinePath)
            {
                var (text, error) = InputFile.ReadText(baselinePath, "baseline report");
                if (text is null)
                {
                    return cli.InputError(error!);
                }

                var read = AuditBaseline.Read(text, baselinePath);
                if (!read.Success)
                {
                    return cli.InputErrors(read.Errors);
                }

                known = read.Value;
            }

            var targetText = parse.GetValue(target)!;
            var (opened, openError) = AuditTarget.Open(targetText, AuditSetup.CloneTimeout, ct);
            if (opened is null)
            {
                return cli.InputError(openError!);
            }

            using var audited = opened;
            var revision = parse.GetValue(rev);
            if (revision is not null && audited.CheckRev(revision) is { } revError)
            {
                return cli.InputError(revError);
            }

            var configPath = parse.GetValue(config) ?? AuditSetup.TargetConfigPath(audited);
            var auditConfig = AuditConfig.Empty;
            if (configPath is not null)
            {
                var (text, error) = InputFile.ReadText(configPath, "audit configuration");
                if (text is null)
                {
                    return cli.InputError(error!);
                }

                var read = AuditConfigReader.Read(text, configPath, catalog);
                if (!read.Success)
                {
                    return cli.InputErrors(read.Errors);
                }

                auditConfig = read.Value;
            }

            // The history window comes from the command line over plumbline.yml; checked here so a bad value is one line and exit 2.
            foreach (var (name, value) in new[] { ("--since", parse.GetValue(since)), ("--until", parse.GetValue(until)) })
            {
                if (value is not null && HistorySettingsReader.ParseMoment(value, cli.Time.GetUtcNow()) is null)
                {
                    return cli.InputError($"{name}: '{value}' is not a date (2024-01-31) or a span such as '6 months' or '2 years'");
                }
            }

            // Both ends on the command line: a reversed window is the command line's mistake, not plumbline.yml's.
            if (parse.GetValue(since) is { } from && parse.GetValue(until) is { } to
                && HistorySettingsReader.ParseMoment(from, cli.Time.GetUtcNow()) > HistorySettingsReader.ParseMoment(to, cli.Time.GetUtcNow()))
            {
                return cli.InputError($"--since '{from}' is after --until '{to}': the history window must start before it ends");
            }

            var window = AuditSetup.WithWindow(auditConfig, parse.GetValue(since), parse.GetValue(until), cli.Time.GetUtcNow());
            if (!window.Success)
            {
                return cli.InputErrors(window.Errors);
            }

            var settings = new RepoAuditSettings(new CheckRunSettings(catalog, cli.Time, cli.Today), window.Value)
            {
                Stages = stages,
                Rev = revision,
                Baseline = known,
            };
            var report = await AuditProgressDisplay.RunAsync(cli, [.. stages.Select(s => s.Name)],
                p => RepoAudit.RunAsync(audited, settings with { StageProgress = p }, ct));
            return report.Success
                ? ReportOutput.Emit(cli, report.Value, request, ReportOutput.BaseName("audit", audited.DisplayName))
                : cli.InputErrors(report.Errors);
        });
        return command;
    }
}
