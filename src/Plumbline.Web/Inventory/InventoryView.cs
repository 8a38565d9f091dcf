using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;

namespace Plumbline.Web.Inventory;

/// <summary>An engagement's inventory read untracked, for pages that only show it: three queries, no register.</summary>
/// <remarks>Reading the register too (500 items and their evidence, tracked) was most of what an Inventory page cost;
/// only a change needs it, and <see cref="InventoryStore"/> loads it then.</remarks>
internal sealed record InventoryView(IReadOnlyList<SystemEntry> Systems, IReadOnlyList<DataHolding> Holdings, IReadOnlyList<Integration> Integrations)
{
    public static async Task<InventoryView> ReadAsync(WorkspaceDb db, int engagementId, CancellationToken ct) => new(
        await db.Systems.AsNoTracking().Where(s => s.EngagementId == engagementId).OrderBy(s => s.Name).ToListAsync(ct),
        await db.DataHoldings.AsNoTracking().Where(s => s.EngagementId == engagementId).OrderBy(s => s.DataKind).ToListAsync(ct),
        await db.Integrations.AsNoTracking().Where(s => s.EngagementId == engagementId).OrderBy(s => s.Id).ToListAsync(ct));

    /// <summary>The inventory as the checks see it, judged on <paramref name="today"/>.</summary>
    public InventorySnapshot SnapshotOn(DateOnly today) => Snapshot(Systems, Holdings, Integrations, today);

    public static InventorySnapshot Snapshot(IEnumerable<SystemEntry> systems, IEnumerable<DataHolding> holdings, IEnumerable<Integration> integrations, DateOnly today) => new(
        [.. systems.Select(s => new InventorySystem(s.Id, s.Name, s.PeopleWhoKnowIt, s.AdminAccounts, s.MfaEnforced, s.HasBackups, s.LastRestoreTest, s.Lifecycle, s.BusinessFit, s.TechnicalFit,
            s.RenewsOn, s.NoticeDays, s.RenewalDecision))],
        [.. holdings.Select(h => new InventoryDataHolding(h.SystemId, h.DataKind, h.IsSourceOfTruth))],
        [.. integrations.Select(i => new InventoryIntegration(i.FromSystemId, i.ToSystemId, i.Kind, i.DataKind, i.AlertsOnFailure))],
        today);
}
