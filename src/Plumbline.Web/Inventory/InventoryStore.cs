using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;

namespace Plumbline.Web.Inventory;

/// <summary>An engagement's inventory and register, loaded tracked so one change and its register sync save together.</summary>
internal sealed class InventoryStore
{
    private InventoryStore(WorkspaceDb db, int engagementId, List<SystemEntry> systems, List<DataHolding> holdings, List<Integration> integrations, List<RegisterItem> items)
    {
        Db = db;
        EngagementId = engagementId;
        Systems = systems;
        Holdings = holdings;
        Integrations = integrations;
        Items = items;
    }

    public WorkspaceDb Db { get; }

    public int EngagementId { get; }

    public List<SystemEntry> Systems { get; }

    public List<DataHolding> Holdings { get; }

    public List<Integration> Integrations { get; }

    public List<RegisterItem> Items { get; }

    /// <summary>The inventory as the checks see it, judged on <paramref name="today"/>.</summary>
    public InventorySnapshot SnapshotOn(DateOnly today) => InventoryView.Snapshot(Systems, Holdings, Integrations, today);

    public static async Task<InventoryStore> LoadAsync(WorkspaceDb db, int engagementId, CancellationToken ct)
    {
        var systems = await db.Systems.Where(s => s.EngagementId == engagementId).OrderBy(s => s.Name).ToListAsync(ct);
        var holdings = await db.DataHoldings.Where(s => s.EngagementId == engagementId).OrderBy(s => s.DataKind).ToListAsync(ct);
        var integrations = await db.Integrations.Where(s => s.EngagementId == engagementId).OrderBy(s => s.Id).ToListAsync(ct);
        var items = await db.Items.Where(i => i.EngagementId == engagementId).Include(i => i.Findings).ToListAsync(ct);
        return new InventoryStore(db, engagementId, systems, holdings, integrations, items);
    }

    public void RemoveSystem(SystemEntry system)
    {
        // Remove what hangs off the system in memory too, so the sync sees the inventory as it will be.
        foreach (var h in Holdings.Where(h => h.SystemId == system.Id).ToList())
        {
            Holdings.Remove(h);
            Db.DataHoldings.Remove(h);
        }

        foreach (var i in Integrations.Where(i => i.FromSystemId == system.Id || i.ToSystemId == system.Id).ToList())
        {
            Integrations.Remove(i);
            Db.Integrations.Remove(i);
        }

        Systems.Remove(system);
        Db.Systems.Remove(system);
    }

    /// <summary>Re-runs the inventory checks, updates the register, and saves everything in one transaction.</summary>
    public async Task SaveAsync(DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await Db.Database.BeginTransactionAsync(ct);

            // New systems need ids before the checks can name them by id.
            await Db.SaveChangesAsync(ct);
            InventorySync.Apply(Db, EngagementId, SnapshotOn(today), Items, now);
            await Db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
    }
}
