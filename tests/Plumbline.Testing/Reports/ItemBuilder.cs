using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;

namespace Plumbline.Testing.Reports;

/// <summary>Builds an <see cref="Item"/> with sensible defaults: impact 4, effort 2 (Do now), risk reduction.</summary>
public sealed class ItemBuilder(string id)
{
    private string _title = $"Item {id}";
    private int _impact = 4;
    private int _effort = 2;
    private Phase _phase = Phase.RiskReduction;
    private string? _description;
    private string? _owner;
    private string? _recommendationId;
    private double? _hours;
    private decimal? _cost;
    private ItemStatus _status = ItemStatus.Open;
    private readonly List<string> _dependsOn = [];
    private readonly List<Finding> _findings = [];

    public ItemBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public ItemBuilder Rated(int impact, int effort)
    {
        _impact = impact;
        _effort = effort;
        return this;
    }

    public ItemBuilder InPhase(Phase phase)
    {
        _phase = phase;
        return this;
    }

    public ItemBuilder Described(string description)
    {
        _description = description;
        return this;
    }

    public ItemBuilder OwnedBy(string owner)
    {
        _owner = owner;
        return this;
    }

    public ItemBuilder For(string recommendationId)
    {
        _recommendationId = recommendationId;
        return this;
    }

    public ItemBuilder Hours(double hours)
    {
        _hours = hours;
        return this;
    }

    public ItemBuilder Costing(decimal cost)
    {
        _cost = cost;
        return this;
    }

    public ItemBuilder WithStatus(ItemStatus status)
    {
        _status = status;
        return this;
    }

    public ItemBuilder After(params string[] ids)
    {
        _dependsOn.AddRange(ids);
        return this;
    }

    public ItemBuilder WithFindings(params Finding[] findings)
    {
        _findings.AddRange(findings);
        return this;
    }

    public Item Build() => new(id, _title, new Impact(_impact), new Effort(_effort), _phase)
    {
        Description = _description,
        Owner = _owner,
        RecommendationId = _recommendationId,
        EstimateHours = _hours,
        Cost = _cost,
        Status = _status,
        DependsOn = [.. _dependsOn],
        Findings = [.. _findings],
        Origin = _findings.Count > 0 ? ItemOrigin.Findings : ItemOrigin.Manual,
    };

    public static implicit operator Item(ItemBuilder builder) => builder.Build();
}
