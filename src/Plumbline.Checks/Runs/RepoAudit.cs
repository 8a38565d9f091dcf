using Plumbline.Checks.Audit;
using Plumbline.Checks.RefactorOrRebuild;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Metrics;
using Plumbline.Reports.Model;

namespace Plumbline.Checks.Runs;

/// <summary>The one run of a repository audit, called by <c>plumb audit</c> and by the web's audit jobs.</summary>
public static class RepoAudit
{
    /// <summary>Runs the stages over an opened target and makes the report: items with the configuration's ratings,
    /// the stages' metrics and tables, and the summary (working, risky, fix first, can wait).</summary>
    /// <remarks>Opening the target, reading the configuration and the baseline are the caller's: each reports their errors its own way.</remarks>
    public static async Task<ParseResult<Report>> RunAsync(AuditTarget target, RepoAuditSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);

        var context = AuditSetup.Context(target, settings.Config, settings.Run.Time, settings.Rev);
        var progress = settings.StageProgress ?? new Progress<AuditProgress>();
        var result = await AuditRunner.RunAsync(settings.Stages, context, progress, cancellationToken).ConfigureAwait(false);

        // The verdict weighs every finding of the audit, before the baseline leaves the known ones out. A run of some
        // stages only (--only) has part of the evidence, so it gives no verdict rather than one that rests on that part.
        var whole = BuiltInStages.All().All(b => settings.Stages.Any(s => s.Name == b.Name));
        var (verdictFindings, verdictTable) = whole ? Verdict(result, settings.Config) : ([], null);
        var all = result.Findings.Concat(verdictFindings).ToList();
        var findings = settings.Baseline is { } known ? known.Filter(all) : all;
        var run = settings.Run with { Ratings = settings.Config.Ratings };
        var tables = verdictTable is null ? result.Tables : [verdictTable, .. result.Tables];
        var report = CheckRunReport.Create(run, AuditSetup.Title(target.DisplayName), AuditSetup.ReportKind, target.Description, findings, result.Metrics, tables);
        if (!report.Success)
        {
            return report;
        }

        var metrics = report.Value.Metrics;
        metrics["summary"] = AuditSummary.Of(report.Value, findings, settings.Baseline);
        return ParseResult<Report>.Ok(report.Value with { Metrics = metrics });
    }

    // Keep, refactor, rebuild parts or replace, from the findings; a broken override is said and the rules' verdict stands.
    private static (List<Finding> Findings, MetricTable? Table) Verdict(AuditRunner.Result result, AuditConfig config)
    {
        var rules = VerdictRules.BuiltIn;
        var chosen = VerdictOverride.Read(config, rules);
        var verdict = SystemVerdict.Decide(result.Findings, rules, chosen.Success ? chosen.Value : null);
        result.Metrics[VerdictReport.MetricsKey] = VerdictReport.Metrics(verdict);
        var findings = new List<Finding>();
        if (!config.DisabledChecks.Contains(VerdictReport.Descriptor.Id))
        {
            findings.Add(VerdictReport.Finding(verdict));
        }

        if (!chosen.Success)
        {
            var d = VerdictReport.Descriptor;
            findings.Add(d.Conclude(Outcome.Inconclusive, Severity.Info,
                $"The 'verdict' section of {config.Source} was ignored, so the rules' verdict stands: {string.Join("; ", chosen.Errors)}", new Location(config.Source), "override"));
        }

        return (findings, VerdictReport.Table(verdict, rules.MinimumKnown));
    }
}
