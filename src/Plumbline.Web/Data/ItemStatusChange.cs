using Plumbline.Core.Items;

namespace Plumbline.Web.Data;

/// <summary>One change of a register item's status, kept for the record: who or what changed it, when, and why.</summary>
public sealed class ItemStatusChange
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    public int ItemId { get; set; }

    public ItemStatus From { get; set; }

    public ItemStatus To { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The user who changed it; null when Plumbline did (a re-audit found its evidence fixed or back).</summary>
    public string? By { get; set; }

    /// <summary>Why, in a sentence: "All its evidence was fixed in the audit of 9 November".</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>The run that caused it, when a run did.</summary>
    public int? RunId { get; set; }

    public RunRecord? Run { get; set; }
}
