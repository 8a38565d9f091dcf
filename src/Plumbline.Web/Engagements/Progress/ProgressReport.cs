using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;
using Plumbline.Web.Register;

namespace Plumbline.Web.Engagements.Progress;

/// <summary>What happened in an engagement in one month: items done (when, by whom), new risks, how the matrix moved,
/// hours done against hours planned, and next month's plan.</summary>
/// <remarks>Plumbline keeps no timesheet: hours are the items' estimates (their own, or their effort level's default),
/// so "done" hours are the estimates of the items finished in the month, and "planned" adds the estimates of the items
/// the current roadmap has starting in it. The report says so.</remarks>
internal sealed record ProgressReport(
    ReportPeriod Period,
    IReadOnlyList<ProgressReport.DoneItem> Done,
    IReadOnlyList<ProgressReport.Reopened> Back,
    IReadOnlyList<StoredFinding> NewRisks,
    IReadOnlyList<RunRecord> Runs,
    IReadOnlyDictionary<Quadrant, int>? OpenAtStart,
    IReadOnlyDictionary<Quadrant, int> OpenAtEnd,
    double DoneHours,
    double PlannedHours,
    IReadOnlyList<ScheduledItem> NextMonth)
{
    public sealed record DoneItem(string Title, string Key, DateTimeOffset At, string By, string Reason, double Hours);

    public sealed record Reopened(string Title, string Key, DateTimeOffset At, string Reason);

    public static ProgressReport Build(ReportPeriod period, EngagementProgress progress, IReadOnlyList<RegisterItem> items, IReadOnlyList<StoredFinding> findings, Roadmap? roadmap)
    {
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var core = ItemMapping.ToCore(items).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var inPeriod = progress.Changes.Where(c => period.Contains(c.Change.At)).ToList();
        // An item done twice in the month (reopened in between) counts once, at its last finish.
        var done = inPeriod.Where(c => c.Change.To == ItemStatus.Done)
            .GroupBy(c => c.ItemKey).Select(g => g.Last())
            .Where(c => byKey.TryGetValue(c.ItemKey, out var i) && i.Status == ItemStatus.Done)
            .Select(c => new DoneItem(c.ItemTitle, c.ItemKey, c.Change.At, c.Change.By ?? "Plumbline (re-audit)", c.Change.Reason, core[c.ItemKey].Hours))
            .ToList();
        var back = inPeriod.Where(c => c.Change.From == ItemStatus.Done && c.Change.To is ItemStatus.Open or ItemStatus.InProgress)
            .Select(c => new Reopened(c.ItemTitle, c.ItemKey, c.Change.At, c.Change.Reason)).ToList();

        var runs = progress.Runs.Where(r => period.Contains(r.GeneratedAt)).ToList();
        var before = progress.Runs.LastOrDefault(r => r.GeneratedAt < period.Start);
        var end = runs.LastOrDefault() ?? before;

        // New risks: failing findings still held whose fingerprint the previous run of their target did not have.
        var newPrints = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs.Where(r => r.Compared))
        {
            var previous = progress.Runs.LastOrDefault(r => r.Source == run.Source && r.GeneratedAt < run.GeneratedAt);
            var had = previous?.Fingerprints() ?? new HashSet<string>();
            newPrints.UnionWith(run.Fingerprints().Where(f => !had.Contains(f)));
        }

        var newRisks = findings.Where(f => f.Outcome == Core.Findings.Outcome.Fail && newPrints.Contains(f.Fingerprint))
            .GroupBy(f => f.Fingerprint).Select(g => g.First()).OrderByDescending(f => f.Severity).ToList();

        var scheduled = roadmap?.Scheduled ?? [];
        var plannedOpen = scheduled.Where(s => s.StartDate >= period.FirstDay && s.StartDate < period.NextFirstDay).Sum(s => s.Hours);
        var next = scheduled.Where(s => s.StartDate < period.Next.NextFirstDay && s.EndDate >= period.NextFirstDay).ToList();
        return new ProgressReport(
            period,
            done,
            back,
            newRisks,
            runs,
            before is null ? null : Counts(before),
            end is null ? OpenNow(core.Values) : Counts(end),
            done.Sum(d => d.Hours),
            done.Sum(d => d.Hours) + plannedOpen,
            next);
    }

    private static Dictionary<Quadrant, int> Counts(RunRecord r) => new()
    {
        [Quadrant.DoNow] = r.OpenDoNow,
        [Quadrant.PlanAndInvest] = r.OpenPlanAndInvest,
        [Quadrant.QuickWins] = r.OpenQuickWins,
        [Quadrant.SkipForNow] = r.OpenSkipForNow,
    };

    private static Dictionary<Quadrant, int> OpenNow(IEnumerable<Item> items) =>
        Enum.GetValues<Quadrant>().ToDictionary(q => q, q => items.Count(i => i.IsActive && i.Quadrant == q));
}
