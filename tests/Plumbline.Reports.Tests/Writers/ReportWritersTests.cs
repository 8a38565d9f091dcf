using Plumbline.Reports.Writers;

namespace Plumbline.Reports.Tests.Writers;

public sealed class ReportWritersTests
{
    [Fact]
    public void Every_format_the_cli_offers_has_one_writer()
    {
        ReportWriters.All.Select(w => w.Format).ShouldBe(["html", "md", "json", "sarif", "csv"]);
        ReportWriters.All.Select(w => w.FileExtension).ShouldBe(["html", "md", "json", "sarif", "csv"]);
    }

    [Fact]
    public void Formats_are_found_ignoring_case()
    {
        ReportWriters.Find("HTML").ShouldBeOfType<HtmlReportWriter>();
        ReportWriters.Find("pdf").ShouldBeNull();
    }
}
