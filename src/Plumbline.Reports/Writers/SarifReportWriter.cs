using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Reports.Json;
using Plumbline.Reports.Model;
using Plumbline.Reports.Progress;

namespace Plumbline.Reports.Writers;

/// <summary>SARIF 2.1.0 for code-scanning tools: one result per failing finding that points at a file.</summary>
/// <remarks>Findings about a domain, a site or the whole target have no file to annotate and are left out;
/// the JSON report carries them. A <c>plan</c> report has no findings, so its run has no results.</remarks>
public sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The SARIF schema this writer follows.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key under <c>partialFingerprints</c> that carries <see cref="Finding.Fingerprint"/>.</summary>
    public const string FingerprintKey = "plumbline/v1";

    /// <inheritdoc />
    public string Format => "sarif";

    /// <inheritdoc />
    public string FileExtension => "sarif";

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer)
    {
        var changes = report.Comparison?.Changes.ToDictionary(c => c.Finding.Fingerprint, c => c.Change, StringComparer.Ordinal);
        var results = report.Findings.Where(f => f.Outcome == Outcome.Fail && f.Location.HasPath).ToList();
        if (report.Comparison is { } comparison)
        {
            // Gone since the baseline: SARIF keeps them as "absent" results so a viewer can show what was fixed.
            results.AddRange(comparison.Changes.Where(c => c.Change is FindingChange.Fixed or FindingChange.NotRechecked && c.Finding.Location.HasPath).Select(c => c.Finding));
        }

        var ruleIds = results.Select(f => f.CheckId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ruleIndex = ruleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);

        var rules = new JsonArray();
        foreach (var id in ruleIds)
        {
            var first = results.First(f => f.CheckId == id);
            var recommendation = report.Catalog.Find(first.RecommendationId);
            var rule = new JsonObject
            {
                ["id"] = id,
                ["shortDescription"] = new JsonObject { ["text"] = recommendation?.Title ?? id },
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(first.Severity) },
            };
            if (recommendation is not null)
            {
                rule["fullDescription"] = new JsonObject { ["text"] = recommendation.Why };
                rule["help"] = new JsonObject { ["text"] = recommendation.How };
                rule["properties"] = new JsonObject { ["recommendationId"] = recommendation.Id, ["category"] = recommendation.Category };
            }

            rules.Add((JsonNode)rule);
        }

        var sarifResults = new JsonArray();
        foreach (var f in results)
        {
            var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = Uri(f.Location.Path!) } };
            if (f.Location.Line is { } line and > 0)
            {
                physical["region"] = new JsonObject { ["startLine"] = line };
            }

            var message = f.Detail;
            if (f.Evidence.Count > 0)
            {
                message += " (" + string.Join("; ", f.Evidence) + ")";
            }

            var result = new JsonObject
            {
                ["ruleId"] = f.CheckId,
                ["ruleIndex"] = ruleIndex[f.CheckId],
                ["level"] = Level(f.Severity),
                ["message"] = new JsonObject { ["text"] = message },
                ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical }),
                ["partialFingerprints"] = new JsonObject { [FingerprintKey] = f.Fingerprint },
                ["properties"] = new JsonObject { ["severity"] = f.Severity.ToString(), ["recommendationId"] = f.RecommendationId },
            };
            if (changes is not null && changes.TryGetValue(f.Fingerprint, out var change))
            {
                result["baselineState"] = BaselineState(change);
                result["properties"]!["change"] = change.Key();
            }

            if (f.Location.Commit is { Length: > 0 } commit)
            {
                result["properties"]!["commit"] = commit;
            }

            sarifResults.Add((JsonNode)result);
        }

        var sarif = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "Plumbline",
                        ["version"] = report.ToolVersion,
                        ["semanticVersion"] = report.ToolVersion,
                        ["rules"] = rules,
                    },
                },
                ["results"] = sarifResults,
            }),
        };
        writer.Write(sarif.ToJsonString(ReportJson.WriteOptions));
        writer.Write('\n');
    }

    /// <summary>SARIF 2.1.0 §3.27.24 baseline states; it has no "regressed", so a finding that came back is "new" to SARIF
    /// (the <c>change</c> property says regressed).</summary>
    internal static string BaselineState(FindingChange change) => change switch
    {
        FindingChange.StillOpen => "unchanged",
        FindingChange.Fixed or FindingChange.NotRechecked => "absent",
        _ => "new",
    };

    /// <summary>SARIF levels: critical and high are errors, medium a warning, low and info notes.</summary>
    internal static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    /// <summary>A relative URI reference for a repository path: each segment percent-encoded, slashes kept.</summary>
    internal static string Uri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
}
