namespace Plumbline.Checks.Inventory;

/// <summary>How data moves between two systems.</summary>
public enum IntegrationKind
{
    Api,
    AutomationPlatform,
    FileExport,
    ManualRekeying,
}
