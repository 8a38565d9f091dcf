namespace Plumbline.Web.Data;

/// <summary>A kind of business data (customers, invoices) held in a system, and whether that system owns it.</summary>
public sealed class DataHolding
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    public int SystemId { get; set; }

    public string DataKind { get; set; } = string.Empty;

    public bool IsSourceOfTruth { get; set; }

    public SystemEntry? System { get; set; }
}
