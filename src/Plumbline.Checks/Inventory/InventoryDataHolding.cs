namespace Plumbline.Checks.Inventory;

/// <summary>A kind of business data held in a system, and whether that system is its source of truth.</summary>
public sealed record InventoryDataHolding(int SystemId, string DataKind, bool IsSourceOfTruth);
