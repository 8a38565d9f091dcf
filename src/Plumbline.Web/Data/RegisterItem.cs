using Plumbline.Core.Items;
using Plumbline.Core.Scales;

namespace Plumbline.Web.Data;

/// <summary>A register item as stored; mapped to Core's <see cref="Item"/> for prioritising and planning.</summary>
public sealed class RegisterItem
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    /// <summary>The kebab-case id, unique within the engagement (the recommendation id for generated items).</summary>
    public string Key { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? RecommendationId { get; set; }

    public int Impact { get; set; }

    public int Effort { get; set; }

    public Phase Phase { get; set; }

    public ItemStatus Status { get; set; }

    public ItemOrigin Origin { get; set; }

    public string? Owner { get; set; }

    public double? EstimateHours { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ItemDependency> DependsOn { get; set; } = [];

    public List<StoredFinding> Findings { get; set; } = [];
}
