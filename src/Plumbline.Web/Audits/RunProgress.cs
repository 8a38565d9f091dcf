using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Reports.Progress;
using Plumbline.Web.Data;
using Plumbline.Web.Register;

namespace Plumbline.Web.Audits;

/// <summary>Compares a run with the previous run of the same target in the engagement, records it, and closes or
/// reopens register items: an item closes when every piece of its evidence was fixed, and reopens when its evidence
/// comes back (a regression). Each status change is kept as an <see cref="ItemStatusChange"/>.</summary>
/// <remarks>Taken in two steps around <see cref="RegisterMerge"/>, which replaces the source's findings: <see cref="Before"/>
/// reads what the source held, <see cref="After"/> compares and stages the changes (nothing is saved here).</remarks>
internal sealed class RunProgress
{
    private readonly WorkspaceDb _db;
    private readonly int _engagementId;
    private readonly string _source;
    private readonly List<RunRecord> _runs;
    private readonly List<Finding> _previous;
    private readonly Dictionary<RegisterItem, (HashSet<string> FromSource, bool OtherSources)> _evidence;

    private RunProgress(WorkspaceDb db, int engagementId, string source, List<RegisterItem> items)
    {
        _db = db;
        _engagementId = engagementId;
        _source = source;
        // Ordered here: SQLite cannot order by DateTimeOffset in SQL.
        _runs = [.. db.Runs.AsNoTracking().Where(r => r.EngagementId == engagementId && r.Source == source).AsEnumerable().OrderBy(r => r.GeneratedAt).ThenBy(r => r.Id)];
        _previous = [.. db.Findings.AsNoTracking().Where(f => f.EngagementId == engagementId && f.Source == source).AsEnumerable().Select(f => f.ToFinding())];
        _evidence = items.ToDictionary(
            i => i,
            i => (i.Findings.Where(f => f.Source == source).Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal), i.Findings.Any(f => f.Source != source)));
    }

    /// <summary>Reads the source's previous run and findings; call before the merge.</summary>
    public static RunProgress Before(WorkspaceDb db, int engagementId, string source, List<RegisterItem> items) => new(db, engagementId, source, items);

    /// <summary>Compares, records the run, and stages item status changes; call after the merge.</summary>
    public RunRecord After(string kind, string target, DateTimeOffset generatedAt, IReadOnlyList<Finding> findings, JsonObject metrics, List<RegisterItem> items, DateTimeOffset now)
    {
        var compared = _runs.Count > 0 || _previous.Count > 0;
        var before = _runs.Count > 0 ? _runs[^1].GeneratedAt : generatedAt;
        var comparison = ReportComparison.Of(target, (_previous, before), (findings, generatedAt), _runs.Take(Math.Max(0, _runs.Count - 1)).Select(r => r.Fingerprints()));
        var measures = RunMeasures.From(metrics);
        var run = new RunRecord
        {
            EngagementId = _engagementId,
            Source = _source,
            Kind = kind,
            Target = target,
            GeneratedAt = generatedAt,
            FailingFingerprints = string.Join('\n', findings.Where(f => f.NeedsAction).Select(f => f.Fingerprint).Distinct(StringComparer.Ordinal)),
            Compared = compared,
            Fixed = compared ? comparison.Count(FindingChange.Fixed) : 0,
            New = compared ? comparison.Count(FindingChange.New) : 0,
            StillOpen = compared ? comparison.Count(FindingChange.StillOpen) : 0,
            Regressed = compared ? comparison.Count(FindingChange.Regressed) : 0,
            NotRechecked = compared ? comparison.Count(FindingChange.NotRechecked) : 0,
            Secrets = measures.Secrets,
            TruckFactor = measures.TruckFactor,
            SiteGrade = measures.SiteGrade,
            VulnerablePackages = measures.VulnerablePackages,
        };
        _db.Runs.Add(run);

        if (compared)
        {
            var fixedPrints = comparison.Of(FindingChange.Fixed).Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
            var regressed = comparison.Of(FindingChange.Regressed).Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
            var when = generatedAt.ToUniversalTime().ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            foreach (var item in items)
            {
                var current = item.Findings.Where(f => _db.Entry(f).State != EntityState.Deleted).ToList();
                if (item.Status is ItemStatus.Open or ItemStatus.InProgress
                    && _evidence.TryGetValue(item, out var had) && had.FromSource.Count > 0 && !had.OtherSources
                    && had.FromSource.All(fixedPrints.Contains) && current.Count == 0)
                {
                    Change(item, ItemStatus.Done, $"All its evidence was fixed in the {kind} of {target} on {when}.", run, generatedAt, now);
                }
                else if (item.Status == ItemStatus.Done && current.Any(f => f.Source == _source && regressed.Contains(f.Fingerprint)))
                {
                    Change(item, ItemStatus.Open, $"Its evidence came back in the {kind} of {target} on {when}.", run, generatedAt, now);
                }
            }
        }

        var open = ItemMapping.ToCore(items).Where(i => i.IsActive).ToList();
        run.OpenDoNow = open.Count(i => i.Quadrant == Quadrant.DoNow);
        run.OpenPlanAndInvest = open.Count(i => i.Quadrant == Quadrant.PlanAndInvest);
        run.OpenQuickWins = open.Count(i => i.Quadrant == Quadrant.QuickWins);
        run.OpenSkipForNow = open.Count(i => i.Quadrant == Quadrant.SkipForNow);
        return run;
    }

    /// <summary>Dated when the run was made (the fix was seen then), not when its report was imported.</summary>
    private void Change(RegisterItem item, ItemStatus to, string reason, RunRecord run, DateTimeOffset at, DateTimeOffset now)
    {
        _db.StatusChanges.Add(new ItemStatusChange
        {
            EngagementId = _engagementId,
            ItemId = item.Id,
            From = item.Status,
            To = to,
            At = at,
            Reason = reason,
            Run = run,
        });
        item.Status = to;
        item.UpdatedAt = now;
    }
}
