namespace Plumbline.Checks.Inventory;

/// <summary>An engagement's inventory on one day: what the inventory checks look at.</summary>
/// <remarks><c>Today</c> is the day the checks judge against: restore tests go stale with time.</remarks>
public sealed record InventorySnapshot(
    IReadOnlyList<InventorySystem> Systems,
    IReadOnlyList<InventoryDataHolding> DataHoldings,
    IReadOnlyList<InventoryIntegration> Integrations,
    DateOnly Today)
{
    private readonly Dictionary<int, string> names = Systems.ToDictionary(s => s.Id, s => s.Name);

    /// <summary>The name of a system, or a placeholder naming its id when the system is gone.</summary>
    public string NameOf(int systemId) => names.TryGetValue(systemId, out var name) ? name : $"system #{systemId}";
}
