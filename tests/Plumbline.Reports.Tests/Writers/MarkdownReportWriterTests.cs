using Plumbline.Reports.Writers;
using Plumbline.Reports.Writers.Markdown;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Writers;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Has_the_same_sections_as_the_html_report()
    {
        var md = WriterOutput.Of(new MarkdownReportWriter(), ReportBuilder.Sample().Build());

        md.ShouldStartWith("# Harbor & Pine — technology plan");
        foreach (var heading in new[] { "## Summary", "### Fix first", "### Plan & invest", "### Quick wins", "### Can wait", "## What is working", "## Impact and effort", "## Roadmap", "### Deferred", "### Not scheduled", "## The items in detail", "## Languages", "## Findings" })
        {
            md.ShouldContain(heading);
        }

        md.ShouldContain("1. **Rotate the leaked keys**");
        md.ShouldContain("pick the one system that owns it");
    }

    [Fact]
    public void Pipes_in_a_title_do_not_break_a_table_row()
    {
        var md = WriterOutput.Of(new MarkdownReportWriter(), new ReportBuilder().WithItem(new ItemBuilder("a").Titled("CRM | ERP sync")).Build());

        var row = md.Split('\n').First(l => l.StartsWith("| 1 |", StringComparison.Ordinal));
        row.ShouldContain("CRM \\| ERP sync");
        row.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|').ShouldBe(7);
    }

    [Fact]
    public void Markup_from_a_target_is_escaped()
    {
        MarkdownText.Escape("<script>x</script> [link](http://e) *b* `c`\nnext").ShouldBe("\\<script\\>x\\</script\\> \\[link\\](http://e) \\*b\\* \\`c\\` next");
    }
}
