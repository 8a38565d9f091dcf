using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;
using Plumbline.Reports.Json;
using Plumbline.Reports.Model;
using Plumbline.Reports.Progress;

namespace Plumbline.Reports.Writers;

/// <summary>The machine-readable report described by docs/report-json.md and docs/report.schema.json.</summary>
/// <remarks>Every field is always present (null when unknown) so consumers never guess at shape.</remarks>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => "json";

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer)
    {
        writer.Write(ToJson(report).ToJsonString(ReportJson.WriteOptions));
        writer.Write('\n');
    }

    /// <summary>The report as a JSON object (the web workspace stores and serves this form).</summary>
    public static JsonObject ToJson(Report report)
    {
        var plans = ItemPlan.Of(report);
        return new JsonObject
        {
            ["schemaVersion"] = ReportJson.SchemaVersion,
            ["tool"] = new JsonObject { ["name"] = "Plumbline", ["version"] = report.ToolVersion },
            ["kind"] = report.Kind,
            ["title"] = report.Title,
            ["target"] = report.Target,
            ["generatedAt"] = Timestamp(report.GeneratedAt),
            ["findings"] = new JsonArray([.. report.Findings.Select(FindingJson)]),
            ["items"] = new JsonArray([.. plans.Select(ItemJson)]),
            ["roadmap"] = RoadmapJson(report.Roadmap),
            ["metrics"] = report.Metrics.DeepClone(),
            ["tables"] = new JsonArray([.. report.Tables.Select(TableJson)]),
            ["comparison"] = report.Comparison is { } c ? ComparisonJson(c) : null,
        };
    }

    private static JsonObject ComparisonJson(ReportComparison c)
    {
        var counts = new JsonObject();
        foreach (var change in ChangeLabels.Order)
        {
            counts[change.Key()] = c.Count(change);
        }

        return new JsonObject
        {
            ["before"] = Timestamp(c.Before),
            ["after"] = Timestamp(c.After),
            ["counts"] = counts,
            ["findings"] = new JsonArray([.. c.Changes.Select(ch =>
            {
                var f = FindingJson(ch.Finding);
                f.Insert(0, "change", ch.Change.Key());
                return (JsonNode)f;
            })]),
        };
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonObject FindingJson(Finding f) => new()
    {
        ["checkId"] = f.CheckId,
        ["recommendationId"] = f.RecommendationId,
        ["outcome"] = f.Outcome.ToString(),
        ["severity"] = f.Severity.ToString(),
        ["location"] = new JsonObject
        {
            ["path"] = f.Location.Path,
            ["line"] = f.Location.Line,
            ["commit"] = f.Location.Commit,
            ["record"] = f.Location.Record,
        },
        ["detail"] = f.Detail,
        ["evidence"] = new JsonArray([.. f.Evidence.Select(e => (JsonNode)e)]),
        ["fingerprint"] = f.Fingerprint,
    };

    private static JsonObject ItemJson(ItemPlan plan)
    {
        var item = plan.Item;
        return new JsonObject
        {
            ["id"] = item.Id,
            ["recommendationId"] = item.RecommendationId,
            ["title"] = item.Title,
            ["description"] = item.Description,
            ["impact"] = item.Impact.Value,
            ["effort"] = item.Effort.Value,
            ["quadrant"] = item.Quadrant.ToString(),
            ["phase"] = item.Phase.Key(),
            ["week"] = plan.Scheduled?.StartWeek,
            ["endWeek"] = plan.Scheduled?.EndWeek,
            ["hours"] = item.Hours,
            ["status"] = item.Status.ToString(),
            ["owner"] = item.Owner,
            ["dependsOn"] = new JsonArray([.. item.DependsOn.Select(d => (JsonNode)d)]),
            ["findingCount"] = item.Findings.Count,
            ["deferredReason"] = plan.Reason,
        };
    }

    private static JsonObject RoadmapJson(Roadmap roadmap)
    {
        var s = roadmap.Settings;
        return new JsonObject
        {
            ["start"] = s.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["capacityHoursPerWeek"] = s.CapacityHoursPerWeek,
            ["weeks"] = roadmap.Weeks,
            ["totalHours"] = roadmap.TotalHours,
            ["totalCost"] = roadmap.TotalCost,
            ["budget"] = s.Budget is { } b
                ? new JsonObject
                {
                    ["hours"] = b.Hours,
                    ["money"] = b.Money,
                    ["hourlyRate"] = b.HourlyRate,
                    ["currency"] = b.Currency,
                }
                : null,
        };
    }

    private static JsonObject TableJson(MetricTable t) => new()
    {
        ["id"] = t.Id,
        ["title"] = t.Title,
        ["columns"] = new JsonArray([.. t.Columns.Select(c => (JsonNode)c)]),
        ["rows"] = new JsonArray([.. t.Rows.Select(r => (JsonNode)new JsonArray([.. r.Select(c => (JsonNode)c)]))]),
        ["note"] = t.Note,
        ["barColumn"] = t.BarColumn,
    };

    /// <summary>Serializes with the report's settings (for callers that hold a <see cref="JsonObject"/>).</summary>
    public static string Serialize(JsonNode node) => node.ToJsonString(ReportJson.WriteOptions);
}
