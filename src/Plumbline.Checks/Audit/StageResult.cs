using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.Audit;

/// <summary>What one audit stage found: findings, machine-readable metrics, and tables for people.</summary>
public sealed record StageResult(IReadOnlyList<Finding> Findings)
{
    /// <summary>Metrics merged into the report's <c>metrics</c> object under their keys.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Metrics { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>Tables shown in the report.</summary>
    public IReadOnlyList<MetricTable> Tables { get; init; } = [];
}
