using System.Text.Json.Nodes;
using Plumbline.Core.Items;
using Plumbline.Reports.Json;
using Plumbline.Reports.Tests.Writers;
using Plumbline.Reports.Writers;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Json;

public sealed class JsonReportReaderTests
{
    [Fact]
    public void A_written_report_reads_back_with_the_same_findings_and_items()
    {
        var report = ReportBuilder.Sample().Build();
        var read = JsonReportReader.Read(WriterOutput.Of(new JsonReportWriter(), report), "report.json");

        read.Success.ShouldBeTrue(string.Join("; ", read.Errors));
        var back = read.Value;
        back.Kind.ShouldBe("plan");
        back.GeneratedAt.ShouldBe(ReportBuilder.DefaultGeneratedAt);
        back.Findings.Select(f => f.Fingerprint).ShouldBe(report.Findings.Select(f => f.Fingerprint));
        back.Findings.Select(f => (f.CheckId, f.RecommendationId, f.Outcome, f.Severity, f.Detail, f.Location, string.Join('|', f.Evidence)))
            .ShouldBe(report.Findings.Select(f => (f.CheckId, f.RecommendationId, f.Outcome, f.Severity, f.Detail, f.Location, string.Join('|', f.Evidence))));
        back.Fingerprints.Count.ShouldBe(report.Findings.Count);
        back.Items.Select(i => (i.Id, i.Title, i.Impact, i.Effort, i.Phase, i.Status, i.Hours, i.Quadrant))
            .ShouldBe(report.Items.Select(i => (i.Id, i.Title, i.Impact, i.Effort, i.Phase, i.Status, i.Hours, i.Quadrant)));
        back.Items.Single(i => i.Id == "sync").DependsOn.ShouldBe(["source-of-truth"]);
        back.Items.Single(i => i.Id == "rotate-keys").Findings.Count.ShouldBe(2);
        back.Weeks["rotate-keys"].ShouldBe(1);
        back.Settings.ShouldBe(report.Roadmap.Settings);
        back.Tables.Single().Rows.Count.ShouldBe(3);
    }

    [Fact]
    public void Invalid_json_is_an_error_with_line_and_column()
    {
        var read = JsonReportReader.Read("{\n  \"schemaVersion\": \"1.0\",\n  oops\n}", "old.json");

        read.Success.ShouldBeFalse();
        var error = read.Errors.Single();
        error.Line.ShouldBe(3);
        error.ToString().ShouldStartWith("old.json:3:");
    }

    [Fact]
    public void A_future_major_version_is_refused_with_what_to_do()
    {
        var read = JsonReportReader.Read("""{"schemaVersion":"2.0","findings":[],"items":[]}""", "new.json");

        read.Errors.Single().Message.ShouldContain("upgrade Plumbline");
    }

    [Fact]
    public void A_bad_value_is_named_by_its_json_path()
    {
        var json = JsonNode.Parse(WriterOutput.Of(new JsonReportWriter(), ReportBuilder.Sample().Build()))!;
        json["items"]![2]!["impact"] = 9;
        json["findings"]![0]!.AsObject().Remove("fingerprint");

        var read = JsonReportReader.Read(json.ToJsonString(), "r.json");

        read.Errors.Select(e => e.Message).ShouldBe(
            ["$.findings[0].fingerprint: is required", "$.items[2].impact: must be a whole number from 1 to 5"], ignoreOrder: true);
    }

    [Fact]
    public void Statuses_are_read_in_either_spelling()
    {
        var read = JsonReportReader.Read(
            """{"schemaVersion":"1.0","findings":[],"items":[{"id":"a","title":"A","impact":3,"effort":2,"phase":"mvp","status":"in-progress"}]}""",
            "r.json");

        read.Value.Items.Single().Status.ShouldBe(ItemStatus.InProgress);
    }
}
