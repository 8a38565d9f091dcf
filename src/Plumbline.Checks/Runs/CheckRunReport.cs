using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Planning;
using Plumbline.Reports.Model;

namespace Plumbline.Checks.Runs;

/// <summary>The last step every check run shares: findings to items with the user's ratings, then the report with its metrics and tables.</summary>
internal static class CheckRunReport
{
    public static ParseResult<Report> Create(
        CheckRunSettings settings, string title, string kind, string target, IReadOnlyList<Finding> findings,
        JsonObject metrics, IReadOnlyList<MetricTable> tables)
    {
        var items = ItemsFromFindings.Build(findings, settings.Catalog, settings.Ratings);
        var report = ReportFactory.Create(
            title,
            kind,
            target,
            settings.Time.GetUtcNow(),
            findings,
            items,
            new PlanSettings(settings.Today, PlanSettings.DefaultCapacityHoursPerWeek),
            settings.Catalog);
        return report.Success
            ? ParseResult<Report>.Ok(report.Value with { Metrics = metrics, Tables = tables })
            : report;
    }

    /// <summary>The one-line error for a check stopped by its overall deadline (<see cref="Net.NetworkOptions.Deadline"/>).</summary>
    public static string PastDeadline(TimeSpan deadline, string what) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the check did not finish within {deadline.TotalSeconds:0.#} s, because {what} answered too slowly; allow longer with --deadline SECONDS");

    public static HashSet<string> Disabled(CheckRunSettings settings) => new(settings.DisabledChecks, StringComparer.Ordinal);
}
