using Plumbline.Core.Findings;
using Plumbline.Core.Scales;

namespace Plumbline.Core.Items;

/// <summary>A thing to do that lands in a register: a recommendation with its evidence, or a manual entry.</summary>
/// <param name="Id">A stable kebab-case id, unique within the register.</param>
/// <param name="Title">What to do.</param>
/// <param name="Impact">How much it matters (user may override the catalog default).</param>
/// <param name="Effort">How much work it is (user may override the catalog default).</param>
/// <param name="Phase">The roadmap phase it belongs to.</param>
public sealed record Item(string Id, string Title, Impact Impact, Effort Effort, Phase Phase)
{
    /// <summary>More words on what and why.</summary>
    public string? Description { get; init; }

    /// <summary>The catalog recommendation this item carries out, if any.</summary>
    public string? RecommendationId { get; init; }

    /// <summary>Who does it.</summary>
    public string? Owner { get; init; }

    /// <summary>An hour estimate that replaces the effort level's default.</summary>
    public double? EstimateHours { get; init; }

    /// <summary>A money cost that replaces hours × hourly rate in budget planning.</summary>
    public decimal? Cost { get; init; }

    /// <summary>Ids of items that must be finished first.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Where the item stands.</summary>
    public ItemStatus Status { get; init; } = ItemStatus.Open;

    /// <summary>Where the item came from.</summary>
    public ItemOrigin Origin { get; init; } = ItemOrigin.Manual;

    /// <summary>The evidence behind it (empty for manual items).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The quadrant, always derived from impact and effort.</summary>
    public Quadrant Quadrant => QuadrantRules.Of(Impact, Effort);

    /// <summary>Hours the planner uses: the estimate, or the effort level's default.</summary>
    public double Hours => EstimateHours ?? Effort.DefaultHours;

    /// <summary>True when the item still needs work.</summary>
    public bool IsActive => Status is ItemStatus.Open or ItemStatus.InProgress;
}
