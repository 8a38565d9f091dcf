using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Items;
using Plumbline.Web.Audits;
using Plumbline.Web.Data;

namespace Plumbline.Web.Register;

/// <summary>Takes one source's evidence back out of an engagement's register: the undo of <see cref="RegisterMerge"/>
/// for an audit run on the wrong folder or a report imported by mistake.</summary>
/// <remarks>
/// The rule: all of the source's findings go. An item they fed goes too only when nothing else speaks for it — it was
/// made from findings (not by hand, the inventory or an assessment), no other source has evidence on it, and nobody
/// has worked on it: its status is still Open, it has no owner and no estimate, and it is in no dependency (neither
/// waits for another item nor is waited for). Every other item stays, without this source's evidence, and the
/// confirmation says why it stays. Only reports (uploaded or from audit jobs) can be removed this way: inventory
/// findings follow the inventory, and assessment evidence is replaced by scoring again.
/// </remarks>
internal static class RegisterRemoval
{
    /// <summary>An item that stays although the source fed it, and why.</summary>
    public sealed record KeptItem(RegisterItem Item, string Reason);

    /// <summary>What removing a source would take away; <see cref="Apply"/> stages exactly this.</summary>
    public sealed record Plan(string Source, IReadOnlyList<StoredFinding> Findings, IReadOnlyList<RegisterItem> Removed, IReadOnlyList<KeptItem> Kept)
    {
        public bool IsEmpty => Findings.Count == 0;
    }

    /// <summary>True for the sources this removal is for: reports, uploaded or written by an audit job.</summary>
    public static bool IsRemovable(string source) => source.StartsWith(ReportImport.SourcePrefix, StringComparison.Ordinal);

    /// <summary>Works out what would go; loads it tracked, so <see cref="Apply"/> can remove it in the caller's save.</summary>
    public static async Task<Plan> PlanAsync(WorkspaceDb db, int engagementId, string source, CancellationToken ct)
    {
        var findings = await db.Findings.Where(f => f.EngagementId == engagementId && f.Source == source).ToListAsync(ct);
        var fed = findings.Where(f => f.ItemId is not null).Select(f => f.ItemId!.Value).Distinct().ToList();
        var items = await db.Items.Where(i => i.EngagementId == engagementId && fed.Contains(i.Id)).OrderBy(i => i.Title).ToListAsync(ct);
        var otherEvidence = (await db.Findings
            .Where(f => f.EngagementId == engagementId && f.Source != source && f.ItemId != null && fed.Contains(f.ItemId.Value))
            .Select(f => f.ItemId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        var inDependency = (await db.ItemDependencies.Where(d => fed.Contains(d.ItemId) || fed.Contains(d.DependsOnId))
            .Select(d => new { d.ItemId, d.DependsOnId }).ToListAsync(ct))
            .SelectMany(d => new[] { d.ItemId, d.DependsOnId }).ToHashSet();

        var removed = new List<RegisterItem>();
        var kept = new List<KeptItem>();
        foreach (var item in items)
        {
            string? reason = item.Origin != ItemOrigin.Findings ? $"it was not made by an audit (origin: {item.Origin})"
                : otherEvidence.Contains(item.Id) ? "another source has evidence for it"
                : item.Status != ItemStatus.Open ? $"it has been worked on (status: {item.Status})"
                : item.Owner is not null || item.EstimateHours is not null ? "it has been worked on (an owner or an estimate is set)"
                : inDependency.Contains(item.Id) ? "it is in a dependency of the roadmap"
                : null;
            if (reason is null)
            {
                removed.Add(item);
            }
            else
            {
                kept.Add(new KeptItem(item, reason));
            }
        }

        return new Plan(source, findings, removed, kept);
    }

    /// <summary>Stages the removal on <paramref name="db"/>; the caller saves (nothing is half-removed).</summary>
    public static void Apply(WorkspaceDb db, Plan plan)
    {
        db.Findings.RemoveRange(plan.Findings);
        db.Items.RemoveRange(plan.Removed);
        // A report removed by mistake must not be the run the next one is compared with (status history keeps its changes).
        var engagementId = plan.Findings.Count > 0 ? plan.Findings[0].EngagementId : plan.Removed.Count > 0 ? plan.Removed[0].EngagementId : (int?)null;
        if (engagementId is { } id)
        {
            db.Runs.RemoveRange(db.Runs.Where(r => r.EngagementId == id && r.Source == plan.Source));
        }
    }
}
