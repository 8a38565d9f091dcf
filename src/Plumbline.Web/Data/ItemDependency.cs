namespace Plumbline.Web.Data;

/// <summary>"Item must wait for DependsOn to be finished."</summary>
public sealed class ItemDependency
{
    public int ItemId { get; set; }

    public int DependsOnId { get; set; }

    public RegisterItem? DependsOn { get; set; }
}
