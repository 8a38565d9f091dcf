namespace Plumbline.Checks.Inventory;

/// <summary>Data moving from one system to another, and whether anyone hears when it stops.</summary>
public sealed record InventoryIntegration(int FromSystemId, int ToSystemId, IntegrationKind Kind, string? DataKind, bool AlertsOnFailure);
