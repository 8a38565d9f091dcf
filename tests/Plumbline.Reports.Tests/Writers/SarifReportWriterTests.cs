using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Reports.Writers;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Writers;

public sealed class SarifReportWriterTests
{
    private static JsonNode Write(ReportBuilder builder) =>
        JsonNode.Parse(WriterOutput.Of(new SarifReportWriter(), builder.Build()))!;

    [Fact]
    public void The_log_is_sarif_2_1_0_with_one_run_by_plumbline()
    {
        var sarif = Write(ReportBuilder.Sample());

        sarif["version"]!.GetValue<string>().ShouldBe("2.1.0");
        sarif["$schema"]!.GetValue<string>().ShouldContain("sarif-2.1.0");
        sarif["runs"]!.AsArray().Count.ShouldBe(1);
        sarif["runs"]![0]!["tool"]!["driver"]!["name"]!.GetValue<string>().ShouldBe("Plumbline");
    }

    [Fact]
    public void Only_failing_findings_with_a_file_become_results()
    {
        var sarif = Write(ReportBuilder.Sample());
        var results = sarif["runs"]![0]!["results"]!.AsArray();

        // The sample has two failing file findings, one failing DNS-record finding, a pass and an inconclusive.
        results.Count.ShouldBe(2);
        results.Select(r => r!["ruleId"]!.GetValue<string>()).ShouldAllBe(id => id == "NoSecretsInTree");
    }

    [Fact]
    public void Results_carry_level_location_line_and_fingerprint()
    {
        var report = ReportBuilder.Sample().Build();
        var sarif = JsonNode.Parse(WriterOutput.Of(new SarifReportWriter(), report))!;
        var first = sarif["runs"]![0]!["results"]![0]!;

        first["level"]!.GetValue<string>().ShouldBe("error");
        first["message"]!["text"]!.GetValue<string>().ShouldStartWith("An API key is committed");
        var location = first["locations"]![0]!["physicalLocation"]!;
        location["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("config/app.env");
        location["region"]!["startLine"]!.GetValue<int>().ShouldBe(3);
        first["partialFingerprints"]!["plumbline/v1"]!.GetValue<string>().ShouldBe(report.Findings[0].Fingerprint);
        var second = sarif["runs"]![0]!["results"]![1]!;
        second["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().ShouldBe("src/old%20settings.json");
    }

    [Fact]
    public void Rules_list_each_check_that_produced_a_result_once()
    {
        var sarif = Write(ReportBuilder.Sample());
        var rules = sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();

        rules.Count.ShouldBe(1);
        rules[0]!["id"]!.GetValue<string>().ShouldBe("NoSecretsInTree");
        rules[0]!["shortDescription"]!["text"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        sarif["runs"]![0]!["results"]![0]!["ruleIndex"]!.GetValue<int>().ShouldBe(0);
    }

    [Theory]
    [InlineData(Severity.Critical, "error")]
    [InlineData(Severity.High, "error")]
    [InlineData(Severity.Medium, "warning")]
    [InlineData(Severity.Low, "note")]
    [InlineData(Severity.Info, "note")]
    public void Severity_maps_to_a_sarif_level(Severity severity, string level)
    {
        SarifReportWriter.Level(severity).ShouldBe(level);
    }

    [Fact]
    public void A_plan_without_findings_is_a_valid_empty_run()
    {
        var sarif = Write(new ReportBuilder().WithItem(new ItemBuilder("a")));

        sarif["runs"]![0]!["results"]!.AsArray().ShouldBeEmpty();
        sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().ShouldBeEmpty();
    }
}
