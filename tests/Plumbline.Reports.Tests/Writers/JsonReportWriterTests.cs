using System.Text.Json.Nodes;
using Plumbline.Reports.Writers;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Writers;

public sealed class JsonReportWriterTests
{
    private static JsonObject Write(ReportBuilder builder) =>
        JsonNode.Parse(WriterOutput.Of(new JsonReportWriter(), builder.Build()))!.AsObject();

    [Fact]
    public void The_report_validates_against_the_published_schema()
    {
        var json = WriterOutput.Of(new JsonReportWriter(), ReportBuilder.Sample().WithMetrics(new JsonObject { ["languages"] = new JsonObject { ["C#"] = 12400 } }).Build());

        ReportSchema.Errors(json).ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_report_validates_too()
    {
        ReportSchema.Errors(WriterOutput.Of(new JsonReportWriter(), new ReportBuilder().Build())).ShouldBeEmpty();
    }

    [Fact]
    public void The_schema_rejects_a_report_that_breaks_the_contract()
    {
        var json = Write(ReportBuilder.Sample());
        json["items"]![0]!["quadrant"] = "Urgent";
        json["items"]![1]!["impact"] = 7;
        json["surprise"] = true;

        var errors = ReportSchema.Errors(json.ToJsonString());

        errors.Count.ShouldBe(3);
    }

    [Fact]
    public void Header_fields_carry_version_tool_kind_and_an_iso_timestamp()
    {
        var json = Write(ReportBuilder.Sample());

        json["schemaVersion"]!.GetValue<string>().ShouldBe("1.2");
        json["tool"]!["name"]!.GetValue<string>().ShouldBe("Plumbline");
        json["kind"]!.GetValue<string>().ShouldBe("plan");
        json["generatedAt"]!.GetValue<string>().ShouldBe("2027-01-04T09:30:00Z");
        json["title"]!.GetValue<string>().ShouldBe("Harbor & Pine — technology plan");
    }

    [Fact]
    public void Items_carry_quadrant_phase_weeks_and_why_they_were_not_scheduled()
    {
        var report = ReportBuilder.Sample().Build();
        var json = JsonNode.Parse(WriterOutput.Of(new JsonReportWriter(), report))!;
        var items = json["items"]!.AsArray().ToDictionary(i => i!["id"]!.GetValue<string>(), i => i!);

        items.Keys.ShouldBe(report.Items.Select(i => i.Id));
        var keys = items["rotate-keys"];
        keys["quadrant"]!.GetValue<string>().ShouldBe("DoNow");
        keys["phase"]!.GetValue<string>().ShouldBe("immediate-fixes");
        keys["week"]!.GetValue<int>().ShouldBe(1);
        keys["findingCount"]!.GetValue<int>().ShouldBe(2);
        keys["recommendationId"]!.GetValue<string>().ShouldBe("rotate-secrets-in-tree");
        items["sync"]["dependsOn"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["source-of-truth"]);
        items["sync"]["hours"]!.GetValue<double>().ShouldBe(30);
        items["erp"]["week"].ShouldBeNull();
        items["erp"]["deferredReason"]!.GetValue<string>().ShouldStartWith("Over budget");
        items["rebuild"]["quadrant"]!.GetValue<string>().ShouldBe("SkipForNow");
        items["old-wiki"]["status"]!.GetValue<string>().ShouldBe("Done");
    }

    [Fact]
    public void Findings_carry_location_evidence_and_fingerprint()
    {
        var report = ReportBuilder.Sample().Build();
        var json = JsonNode.Parse(WriterOutput.Of(new JsonReportWriter(), report))!;

        var first = json["findings"]![0]!;
        first["checkId"]!.GetValue<string>().ShouldBe("NoSecretsInTree");
        first["outcome"]!.GetValue<string>().ShouldBe("Fail");
        first["severity"]!.GetValue<string>().ShouldBe("Critical");
        first["location"]!["path"]!.GetValue<string>().ShouldBe("config/app.env");
        first["location"]!["line"]!.GetValue<int>().ShouldBe(3);
        first["location"]!["commit"].ShouldBeNull();
        first["evidence"]!.AsArray().Count.ShouldBe(2);
        first["fingerprint"]!.GetValue<string>().ShouldBe(report.Findings[0].Fingerprint);
    }

    [Fact]
    public void Roadmap_metrics_and_tables_are_included()
    {
        var json = Write(ReportBuilder.Sample().WithMetrics(new JsonObject { ["truckFactor"] = 1 }));

        json["roadmap"]!["start"]!.GetValue<string>().ShouldBe("2027-01-04");
        json["roadmap"]!["capacityHoursPerWeek"]!.GetValue<double>().ShouldBe(10);
        json["roadmap"]!["budget"]!["hours"]!.GetValue<double>().ShouldBe(120);
        json["metrics"]!["truckFactor"]!.GetValue<int>().ShouldBe(1);
        json["tables"]![0]!["rows"]![0]![1]!.GetValue<string>().ShouldBe("12,400");
        json["tables"]![0]!["barColumn"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public void Html_sensitive_characters_are_escaped_but_other_text_stays_readable()
    {
        var text = WriterOutput.Of(new JsonReportWriter(), ReportBuilder.Sample().Titled("<b>Café</b> — plan").Build());

        text.ShouldContain("Café");
        text.ShouldContain("—");
        text.ShouldNotContain("<b>");
    }
}
