using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;

namespace Plumbline.Reports.Model;

/// <summary>Everything a report shows, whatever its format: one model, many renderings.</summary>
/// <param name="Title">The heading, e.g. "Harbor &amp; Pine Supply — technology plan".</param>
/// <param name="Kind">The command that made it: plan, audit, check-domain, check-site, assess.</param>
/// <param name="Target">What was looked at: a register file, a repository, a domain, a URL.</param>
/// <param name="GeneratedAt">When the report was made (from the injected clock).</param>
/// <param name="Findings">All findings, passes included.</param>
/// <param name="Items">All items, in priority order.</param>
/// <param name="Roadmap">The schedule of those items.</param>
/// <param name="Catalog">The catalog, for each item's why and how.</param>
public sealed record Report(
    string Title,
    string Kind,
    string Target,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Item> Items,
    Roadmap Roadmap,
    RecommendationCatalog Catalog)
{
    /// <summary>Machine-readable measurements, written as the JSON report's <c>metrics</c> object.</summary>
    public JsonObject Metrics { get; init; } = [];

    /// <summary>Tables of measurements for people (languages, knowledge map, hotspots, grades).</summary>
    public IReadOnlyList<MetricTable> Tables { get; init; } = [];

    /// <summary>Plain sentences on what is working, shown in the summary.</summary>
    public IReadOnlyList<string> Working { get; init; } = [];

    /// <summary>What changed since an earlier run of the same target (<c>plumb compare</c>); null for a single run.</summary>
    public Progress.ReportComparison? Comparison { get; init; }

    /// <summary>The Plumbline version that made the report.</summary>
    public string ToolVersion { get; init; } = typeof(Report).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
