namespace Plumbline.Core.Items;

/// <summary>Names of item statuses as people read them.</summary>
public static class ItemStatusNames
{
    /// <summary>The label: "Open", "In progress", "Done", "Dropped".</summary>
    public static string Label(this ItemStatus status) => status switch
    {
        ItemStatus.Open => "Open",
        ItemStatus.InProgress => "In progress",
        ItemStatus.Done => "Done",
        ItemStatus.Dropped => "Dropped",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
