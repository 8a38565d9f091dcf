using Plumbline.Checks.Audit;
using Plumbline.Core.Input;
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

        var findings = settings.Baseline is { } known ? known.Filter(result.Findings) : result.Findings;
        var run = settings.Run with { Ratings = settings.Config.Ratings };
        var report = CheckRunReport.Create(run, AuditSetup.Title(target.DisplayName), AuditSetup.ReportKind, target.DisplayName, findings, result.Metrics, result.Tables);
        if (!report.Success)
        {
            return report;
        }

        var metrics = report.Value.Metrics;
        metrics["summary"] = AuditSummary.Of(report.Value, findings, settings.Baseline);
        return ParseResult<Report>.Ok(report.Value with { Metrics = metrics });
    }
}
