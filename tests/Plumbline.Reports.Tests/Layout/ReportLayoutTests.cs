using System.Text.Json;
using Microsoft.Playwright;
using Plumbline.Reports.Writers;
using Plumbline.Testing.Browser;

namespace Plumbline.Reports.Tests.Layout;

/// <summary>The HTML report laid out by a real browser (headless Chromium): on a 1280 px screen and on an A4 page, every
/// table cell sits inside the page, no table scrolls sideways, and no cell's text spills out of its cell.</summary>
/// <remarks>Measured from the layout (bounding boxes), not by eye: a Findings table whose Detail column sat behind a
/// horizontal scroll, or a Hotspots table that lost its Lines, Score and Authors columns on paper, fails here.</remarks>
public sealed class ReportLayoutTests
{
    /// <summary>A4 (210 mm) less the report's 14 mm side margins, at CSS's 96 px per inch.</summary>
    private const int A4PrintableWidth = (int)((210 - (2 * 14)) / 25.4 * 96);

    [ChromiumFact]
    public async Task Every_table_cell_is_inside_a_1280_px_screen()
    {
        var problems = await LayoutProblemsAsync(1280, Media.Screen);
        problems.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task Every_table_cell_is_inside_an_A4_page_when_printed()
    {
        var problems = await LayoutProblemsAsync(A4PrintableWidth, Media.Print);
        problems.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task Every_column_of_the_findings_and_hotspots_tables_is_laid_out_with_room_for_its_text()
    {
        await using var session = await OpenAsync(A4PrintableWidth, Media.Print);
        var findings = await ColumnsAsync(session.Page, "table.findings");
        var hotspots = await ColumnsAsync(session.Page, "#table-hotspots table");
        findings.Select(c => c.Text).ShouldBe(["Outcome", "Check", "Location", "Detail"]);
        hotspots.Select(c => c.Text).ShouldBe(["File", "Changes (12 months)", "Lines", "Score", "Active authors", "Departed authors"]);
        // A column squeezed to a sliver is as hidden as one off the page: each is at least a short word wide.
        findings.Concat(hotspots).ShouldAllBe(c => c.Width >= 40);
        // The explanation is the point of the findings table: Detail is its widest column.
        findings.MaxBy(c => c.Width).Text.ShouldBe("Detail");
    }

    private static async Task<List<(string Text, double Width)>> ColumnsAsync(IPage page, string table)
    {
        var widths = await page.EvaluateAsync<JsonElement>(
            "table => [...document.querySelectorAll(table + ' th')].map(th => ({ text: th.textContent, width: th.getBoundingClientRect().width }))", table);
        return [.. widths.EnumerateArray().Select(c => (c.GetProperty("text").GetString()!, c.GetProperty("width").GetDouble()))];
    }

    private static async Task<List<string>> LayoutProblemsAsync(int width, Media media)
    {
        await using var session = await OpenAsync(width, media);
        var found = await session.Page.EvaluateAsync<string[]>("""
            () => {
              const page = document.documentElement.clientWidth;
              const name = el => (el.closest('[id]')?.id ?? '?') + ' ' + el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 40) + '"';
              const problems = [];
              for (const wrap of document.querySelectorAll('.table-wrap')) {
                if (wrap.scrollWidth > wrap.clientWidth + 1) problems.push(`${name(wrap)} scrolls sideways: ${wrap.scrollWidth} > ${wrap.clientWidth}`);
              }
              for (const cell of document.querySelectorAll('th, td')) {
                const box = cell.getBoundingClientRect();
                if (box.width < 1 || box.height < 1) problems.push(`${name(cell)} is hidden`);
                if (box.left < -0.5 || box.right > page + 0.5) problems.push(`${name(cell)} is outside the page: ${box.left}–${box.right} of ${page}`);
                if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${name(cell)} spills out of its cell: ${cell.scrollWidth} > ${cell.clientWidth}`);
              }
              if (document.documentElement.scrollWidth > page + 1) {
                const widest = [...document.querySelectorAll('main *')].filter(el => el.getBoundingClientRect().right > page + 0.5).slice(0, 3).map(name);
                problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${page} (${widest.join('; ')})`);
              }
              return problems;
            }
            """);
        var cells = await session.Page.Locator("td").CountAsync();
        cells.ShouldBeGreaterThan(40, "the report under test has its tables");
        return [.. found];
    }

    private static async Task<BrowserSession> OpenAsync(int width, Media media)
    {
        var html = new StringWriter();
        new HtmlReportWriter().Write(LongContentReport.Build().Build(), html);
        var session = await BrowserSession.StartAsync(width);
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media });
        await session.Page.SetContentAsync(html.ToString());
        return session;
    }
}
