namespace Plumbline.Checks.Inventory;

/// <summary>Where a system is in its life.</summary>
public enum SystemLifecycle
{
    Active,
    Ageing,
    EndOfLife,
    Retiring,
}
