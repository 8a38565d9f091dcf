using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Planning;

namespace Plumbline.Reports.Json;

/// <summary>A JSON report read back: enough to compare with a new run (<c>--baseline</c>) or to import into a workspace.</summary>
/// <param name="SchemaVersion">The report's <c>schemaVersion</c>.</param>
/// <param name="Kind">The command that made it.</param>
/// <param name="Title">Its heading.</param>
/// <param name="Target">What was looked at.</param>
/// <param name="GeneratedAt">When it was made.</param>
/// <param name="Findings">Every finding with its fingerprint.</param>
/// <param name="Items">Every item; failing findings are attached to the item of their recommendation.</param>
/// <param name="Settings">The roadmap settings it was planned with, so it can be planned again.</param>
public sealed record ImportedReport(
    string SchemaVersion,
    string Kind,
    string Title,
    string Target,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Item> Items,
    PlanSettings Settings)
{
    /// <summary>The Plumbline version that wrote it.</summary>
    public string ToolVersion { get; init; } = string.Empty;

    /// <summary>The report's <c>metrics</c> object.</summary>
    public JsonObject Metrics { get; init; } = [];

    /// <summary>The report's tables.</summary>
    public IReadOnlyList<MetricTable> Tables { get; init; } = [];

    /// <summary>Start week of each scheduled item, by item id.</summary>
    public IReadOnlyDictionary<string, int> Weeks { get; init; } = new Dictionary<string, int>();

    /// <summary>The fingerprints of all findings, for fixed / new / still-open comparisons.</summary>
    public IReadOnlySet<string> Fingerprints => Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
}
