using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Items;
using Plumbline.Reports.Progress;
using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements.Progress;

/// <summary>An engagement's runs and status changes, read once for the Overview's progress section, the progress
/// report and the engagement report.</summary>
/// <param name="Runs">Every recorded run, oldest first.</param>
/// <param name="Changes">Every item status change, oldest first, with the item's title.</param>
internal sealed record EngagementProgress(IReadOnlyList<RunRecord> Runs, IReadOnlyList<EngagementProgress.StatusChange> Changes)
{
    /// <summary>A status change with the item it belongs to.</summary>
    public sealed record StatusChange(ItemStatusChange Change, string ItemTitle, string ItemKey);

    public static async Task<EngagementProgress> LoadAsync(WorkspaceDb db, int engagementId, CancellationToken ct)
    {
        var runs = await db.Runs.AsNoTracking().Where(r => r.EngagementId == engagementId).ToListAsync(ct);
        var changes = await db.StatusChanges.AsNoTracking().Where(c => c.EngagementId == engagementId)
            .Join(db.Items, c => c.ItemId, i => i.Id, (c, i) => new { c, i.Title, i.Key })
            .ToListAsync(ct);
        // Ordered here: SQLite cannot order by DateTimeOffset in SQL.
        return new EngagementProgress(
            [.. runs.OrderBy(r => r.GeneratedAt).ThenBy(r => r.Id)],
            [.. changes.OrderBy(x => x.c.At).ThenBy(x => x.c.Id).Select(x => new StatusChange(x.c, x.Title, x.Key))]);
    }

    /// <summary>The latest compared run of each target, newest first: what the last re-audits found.</summary>
    public IReadOnlyList<RunRecord> LatestComparisons =>
        [.. Runs.GroupBy(r => r.Source).Select(g => g.Last()).Where(r => r.Compared).OrderByDescending(r => r.GeneratedAt)];

    /// <summary>The x labels of the trend charts: each run's date and, when two runs share a day, its time.</summary>
    public IReadOnlyList<string> RunLabels => [.. Runs.Select(r => r.GeneratedAt.ToUniversalTime().ToString("d MMM", CultureInfo.InvariantCulture))];

    /// <summary>Open items by quadrant after each run.</summary>
    public string? QuadrantChart => TrendChartSvg.Render("Open items by quadrant after each run", RunLabels,
    [
        new TrendSeries("Do now", "#b42318", [.. Runs.Select(r => (int?)r.OpenDoNow)]),
        new TrendSeries("Plan & invest", "#b54708", [.. Runs.Select(r => (int?)r.OpenPlanAndInvest)]),
        new TrendSeries("Quick wins", "#067647", [.. Runs.Select(r => (int?)r.OpenQuickWins)]),
        new TrendSeries("Skip for now", "#475467", [.. Runs.Select(r => (int?)r.OpenSkipForNow)]),
    ]);

    /// <summary>Secrets, vulnerable packages and truck factor measured by each run (gaps where a run did not measure them).</summary>
    public string? MeasureChart => TrendChartSvg.Render("Secrets, vulnerable packages and truck factor by run", RunLabels,
    [
        new TrendSeries("Secrets", "#b42318", [.. Runs.Select(r => r.Secrets)]),
        new TrendSeries("Vulnerable packages", "#8e5ea2", [.. Runs.Select(r => r.VulnerablePackages)]),
        new TrendSeries("Truck factor", "#3d6fb6", [.. Runs.Select(r => r.TruckFactor)]),
    ]);

    /// <summary>Site grades by run, for the runs that graded a site.</summary>
    public IReadOnlyList<RunRecord> Graded => [.. Runs.Where(r => r.SiteGrade is not null)];

    /// <summary>Status changes a run made (items closed or reopened by evidence).</summary>
    public IReadOnlyList<StatusChange> ByRun(RunRecord run) => [.. Changes.Where(c => c.Change.RunId == run.Id)];
}
