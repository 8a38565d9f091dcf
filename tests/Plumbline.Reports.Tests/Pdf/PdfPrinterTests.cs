using System.Text.RegularExpressions;
using Plumbline.Reports.Pdf;
using Plumbline.Reports.Tests.Layout;
using Plumbline.Testing.Browser;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Pdf;

/// <summary>The PDF a client receives, printed by the installed Chromium and read back with pdftotext.</summary>
public sealed class PdfPrinterTests
{
    [PdfTextFact]
    public async Task Every_finding_detail_is_in_the_pdf_and_every_page_has_its_number_the_title_and_the_date()
    {
        var report = LongContentReport.Build().Build();
        var printer = PdfPrinter.Locate();
        printer.Success.ShouldBeTrue();

        var printed = await printer.Value.PrintAsync(report);

        printed.Success.ShouldBeTrue(string.Join("; ", printed.Errors));
        printed.Value.AsSpan(0, 5).SequenceEqual("%PDF-"u8).ShouldBeTrue();
        var pages = PdfText.Pages(printed.Value);
        pages.Count.ShouldBeGreaterThan(1, "a report with this many tables runs over several pages");
        for (var n = 1; n <= pages.Count; n++)
        {
            var page = pages[n - 1];
            page.ShouldContain($"Page {n} of {pages.Count}");
            page.ShouldContain("Harbor & Pine Supply — repository audit");
            page.ShouldContain("4 January 2027, 09:30 UTC");
        }

        // Every finding's detail and evidence, and every hotspot's numbers: nothing the HTML shows is lost on paper.
        // Compared without whitespace, since a narrow column wraps lines (and a long path may wrap inside a word).
        var text = PdfText.Squeezed(string.Concat(pages));
        foreach (var finding in report.Findings)
        {
            text.ShouldContain(PdfText.Squeezed(finding.Detail));
            foreach (var evidence in finding.Evidence)
            {
                text.ShouldContain(PdfText.Squeezed(evidence));
            }
        }

        // Every hotspot cell, read from the page inside its own column (between its header and the next one), so a path
        // that wrapped over three lines still reads whole, and a column pushed off the paper would read empty.
        var hotspots = report.Tables.Single(t => t.Id == "hotspots");
        var columns = TableColumns.Read(PdfText.Words(printed.Value), ["FILE", "CHANGES", "LINES", "SCORE", "ACTIVE", "DEPARTED"]);
        for (var c = 0; c < hotspots.Columns.Count; c++)
        {
            var column = PdfText.Squeezed(columns[c]);
            foreach (var row in hotspots.Rows)
            {
                column.ShouldContain(PdfText.Squeezed(row[c]), Case.Sensitive, $"column {hotspots.Columns[c]}");
            }
        }
    }

    [PdfTextFact]
    public async Task Findings_table_headers_repeat_on_every_page_it_runs_over()
    {
        var builder = new ReportBuilder().Titled("Many findings").OfKind("audit", "repo");
        for (var i = 0; i < 60; i++)
        {
            builder.WithFindings(FindingBuilder.Fail("NoSecretsInTree", "rotate-secrets-in-tree").At($"config/service-{i:00}.env", 3)
                .Saying($"Finding number {i:00}: an API key is committed in config/service-{i:00}.env and must be rotated."));
        }

        var printed = await PdfPrinter.Locate().Value.PrintAsync(builder.Build());

        var pages = PdfText.Pages(printed.Value);
        var withFindings = pages.Where(p => Regex.IsMatch(p, "Finding number \\d\\d")).ToList();
        withFindings.Count.ShouldBeGreaterThan(1);
        withFindings.ShouldAllBe(p => p.Contains("DETAIL") && p.Contains("LOCATION"));
    }

    [Fact]
    public void A_missing_browser_is_one_line_that_says_how_to_install_one()
    {
        var none = PdfPrinter.Locate(name => name == "PATH" ? "/nonexistent-plumbline-test-folder" : null);

        none.Success.ShouldBeFalse();
        var message = none.Errors.ShouldHaveSingleItem().ToString();
        message.ShouldStartWith("--format pdf: ");
        message.ShouldContain("apt-get install chromium");
        message.ShouldContain("PLUMB_CHROMIUM");
        message.ShouldNotContain("\n");
    }

    [Fact]
    public void A_chosen_browser_that_does_not_exist_is_named()
    {
        var wrong = PdfPrinter.Locate(name => name == Chromium.Variable ? "/opt/no-such/chrome" : null);

        wrong.Errors.ShouldHaveSingleItem().ToString().ShouldBe("--format pdf: PLUMB_CHROMIUM=/opt/no-such/chrome: no such file; point it at a Chromium or Google Chrome executable");
    }
}
