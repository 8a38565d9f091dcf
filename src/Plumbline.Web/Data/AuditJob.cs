namespace Plumbline.Web.Data;

/// <summary>An audit or check run from the page in the background; its state is stored so progress survives a restart.</summary>
public sealed class AuditJob
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    /// <summary>What runs: <c>audit</c> (a repository folder or git URL), <c>domain</c> or <c>site</c>.</summary>
    public string Kind { get; set; } = "audit";

    /// <summary>The folder, git URL, domain or site URL, as the user typed it.</summary>
    public string Target { get; set; } = string.Empty;

    public AuditJobState State { get; set; }

    /// <summary>The last progress line the job reported.</summary>
    public string Progress { get; set; } = string.Empty;

    public string? Error { get; set; }

    public int FindingCount { get; set; }

    /// <summary>The headline of a finished job's report (a site's grade, a repository's size), for the page.</summary>
    public string? Summary { get; set; }

    /// <summary>The register source its findings were filed under, so the page can name that source.</summary>
    public string? Source { get; set; }

    /// <summary>How many times a worker has started this job (a restart mid-run starts it again).</summary>
    public int Attempts { get; set; }

    /// <summary>Who asked for it (user name), for the page's history.</summary>
    public string? RequestedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
