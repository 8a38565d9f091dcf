namespace Plumbline.Web.Data;

/// <summary>An audit run from the page in the background; its state is stored so progress survives a restart.</summary>
public sealed class AuditJob
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    /// <summary>The folder audited, on the server.</summary>
    public string Target { get; set; } = string.Empty;

    public AuditJobState State { get; set; }

    public string Progress { get; set; } = string.Empty;

    public string? Error { get; set; }

    public int FindingCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
