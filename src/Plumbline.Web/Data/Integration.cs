using Plumbline.Checks.Inventory;
namespace Plumbline.Web.Data;

/// <summary>Data moving from one system to another.</summary>
public sealed class Integration
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    public int FromSystemId { get; set; }

    public int ToSystemId { get; set; }

    public IntegrationKind Kind { get; set; }

    public string? DataKind { get; set; }

    public bool AlertsOnFailure { get; set; }

    public SystemEntry? FromSystem { get; set; }

    public SystemEntry? ToSystem { get; set; }
}
