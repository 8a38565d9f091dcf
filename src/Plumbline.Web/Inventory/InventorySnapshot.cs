using Plumbline.Web.Data;

namespace Plumbline.Web.Inventory;

/// <summary>An engagement's inventory at one moment: what the inventory checks look at.</summary>
public sealed record InventorySnapshot(
    IReadOnlyList<SystemEntry> Systems,
    IReadOnlyList<DataHolding> DataHoldings,
    IReadOnlyList<Integration> Integrations)
{
    public string NameOf(int systemId) => Systems.FirstOrDefault(s => s.Id == systemId)?.Name ?? $"system #{systemId}";
}
