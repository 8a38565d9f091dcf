using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Reports.Json;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Json;

/// <summary>The published schema and the code must not drift apart when an enum gains a value.</summary>
public sealed class ReportSchemaContractTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(File.ReadAllText(RepoRoot.File("docs/report.schema.json")))!;

    private static IReadOnlyList<string> EnumAt(params string[] path)
    {
        var node = Schema;
        foreach (var part in path)
        {
            node = node[part]!;
        }

        return [.. node["enum"]!.AsArray().Select(v => v!.GetValue<string>())];
    }

    [Fact]
    public void Schema_is_draft_2020_12_and_matches_the_writers_version()
    {
        Schema["$schema"]!.GetValue<string>().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        ReportJson.SchemaVersion.ShouldMatch(Schema["properties"]!["schemaVersion"]!["pattern"]!.GetValue<string>());
    }

    [Fact]
    public void Enumerations_list_exactly_the_values_the_code_has()
    {
        EnumAt("$defs", "finding", "properties", "outcome").ShouldBe(Enum.GetNames<Outcome>());
        EnumAt("$defs", "finding", "properties", "severity").ShouldBe(Enum.GetNames<Severity>());
        EnumAt("$defs", "item", "properties", "quadrant").ShouldBe(Enum.GetNames<Quadrant>());
        EnumAt("$defs", "item", "properties", "status").ShouldBe(Enum.GetNames<ItemStatus>());
        EnumAt("$defs", "item", "properties", "phase").ShouldBe(Enum.GetValues<Phase>().Select(p => p.Key()));
    }
}
