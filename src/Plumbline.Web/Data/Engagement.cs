namespace Plumbline.Web.Data;

/// <summary>One client's piece of work: profile, inventory, register.</summary>
public sealed class Engagement
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string ClientName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the engagement was archived: read-only and hidden from the list. Null while it is active.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public string? BusinessGoal { get; set; }

    public int? TeamSize { get; set; }

    public decimal? Budget { get; set; }

    public string? Currency { get; set; }

    public string? Timeline { get; set; }

    public string? SystemUsers { get; set; }

    public string? FailureImpact { get; set; }

    public double CapacityHoursPerWeek { get; set; } = 8;

    public DateOnly PlanStart { get; set; }

    /// <summary>Changes whenever anything the register, matrix or roadmap shows changes (set in <see cref="WorkspaceDb"/>'s
    /// SaveChanges), so those pages can reuse what they rendered for the same stamp, across processes too.</summary>
    public Guid RegisterStamp { get; set; }

    public List<Membership> Members { get; set; } = [];

    public List<SystemEntry> Systems { get; set; } = [];

    public List<DataHolding> DataHoldings { get; set; } = [];

    public List<Integration> Integrations { get; set; } = [];

    public List<RegisterItem> Items { get; set; } = [];
}
