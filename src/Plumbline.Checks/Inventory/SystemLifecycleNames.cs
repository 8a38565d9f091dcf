namespace Plumbline.Checks.Inventory;

/// <summary>Names of lifecycle stages as people read them.</summary>
public static class SystemLifecycleNames
{
    /// <summary>The label: "Active", "Ageing", "End of life", "Retiring".</summary>
    public static string Label(this SystemLifecycle lifecycle) => lifecycle switch
    {
        SystemLifecycle.Active => "Active",
        SystemLifecycle.Ageing => "Ageing",
        SystemLifecycle.EndOfLife => "End of life",
        SystemLifecycle.Retiring => "Retiring",
        _ => throw new ArgumentOutOfRangeException(nameof(lifecycle)),
    };
}
