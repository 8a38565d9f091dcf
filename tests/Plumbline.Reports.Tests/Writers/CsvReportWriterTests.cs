using Plumbline.Reports.Writers;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Writers;

public sealed class CsvReportWriterTests
{
    [Fact]
    public void One_row_per_item_in_priority_order_under_a_header()
    {
        var report = ReportBuilder.Sample().Build();
        var rows = CsvRows.Parse(WriterOutput.Of(new CsvReportWriter(), report));

        rows[0].ShouldBe(["id", "title", "quadrant", "impact", "effort", "phase", "week", "hours", "owner", "status", "findings", "recommendation"]);
        rows.Skip(1).Select(r => r[0]).ShouldBe(report.Items.Select(i => i.Id));
        rows.ShouldAllBe(r => r.Count == 12);
        var keys = rows.Single(r => r[0] == "rotate-keys");
        keys.ShouldBe(["rotate-keys", "Rotate the leaked keys", "Do now", "5", "1", "Immediate fixes", "1", "2", "Sam", "open", "2", "rotate-secrets-in-tree"]);
        rows.Single(r => r[0] == "erp")[6].ShouldBe(string.Empty);
    }

    [Fact]
    public void Records_end_with_crlf_and_fields_with_commas_quotes_or_newlines_are_quoted()
    {
        var report = new ReportBuilder().WithItem(new ItemBuilder("a").Titled("Say \"hi\", then\nleave")).Build();
        var text = WriterOutput.Of(new CsvReportWriter(), report);

        text.ShouldContain("\"Say \"\"hi\"\", then\nleave\"");
        text.ShouldEndWith("\r\n");
        CsvRows.Parse(text)[1][1].ShouldBe("Say \"hi\", then\nleave");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string title)
    {
        var report = new ReportBuilder().WithItem(new ItemBuilder("a").Titled(title).OwnedBy(title)).Build();
        var rows = CsvRows.Parse(WriterOutput.Of(new CsvReportWriter(), report));

        rows[1][1].ShouldBe("'" + title);
        rows[1][8].ShouldBe("'" + title);
    }

    [Fact]
    public void Ordinary_text_is_left_alone()
    {
        var report = new ReportBuilder().WithItem(new ItemBuilder("a").Titled("Fix = things later")).Build();

        CsvRows.Parse(WriterOutput.Of(new CsvReportWriter(), report))[1][1].ShouldBe("Fix = things later");
    }
}
