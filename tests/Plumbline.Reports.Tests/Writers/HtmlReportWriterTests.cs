using System.Globalization;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Planning;
using Plumbline.Reports.Writers;
using Plumbline.Reports.Writers.Html;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Writers;

public sealed class HtmlReportWriterTests
{
    private static HtmlReportProbe Render(ReportBuilder builder) =>
        HtmlReportProbe.Parse(WriterOutput.Of(new HtmlReportWriter(), builder.Build()));

    [Fact]
    public void Matrix_has_one_dot_for_every_active_item_and_none_for_done_items()
    {
        var report = ReportBuilder.Sample().Build();
        var probe = HtmlReportProbe.Parse(WriterOutput.Of(new HtmlReportWriter(), report));

        var expected = report.Items.Where(i => i.IsActive).Select(i => i.Id).Order().ToList();
        probe.MatrixItemIds.Order().ShouldBe(expected);
        probe.MatrixItemIds.ShouldNotContain("old-wiki");
    }

    [Fact]
    public void Each_dot_carries_its_impact_effort_and_a_tooltip_with_the_title()
    {
        var probe = Render(ReportBuilder.Sample());

        var dot = probe.Matrix.QuerySelector(".dot[data-item-id='erp']")!;
        dot.GetAttribute("data-impact").ShouldBe("5");
        dot.GetAttribute("data-effort").ShouldBe("5");
        dot.QuerySelector("title")!.TextContent.ShouldContain("Replace the ERP");
        dot.QuerySelector("title")!.TextContent.ShouldContain("Plan & invest");
        dot.ClassList.ShouldContain("q-plan-and-invest");
    }

    [Fact]
    public void The_first_screen_is_the_four_quadrant_summary_with_items_in_priority_order()
    {
        var probe = Render(ReportBuilder.Sample());

        var main = probe.Document.QuerySelector("main")!;
        main.Children[1].Id.ShouldBe("summary");
        var headings = probe.Document.QuerySelectorAll("#summary .card h3").Select(h => h.TextContent).ToList();
        headings[0].ShouldStartWith("Fix first");
        headings[1].ShouldStartWith("Plan & invest");
        headings[2].ShouldStartWith("Quick wins");
        headings[3].ShouldStartWith("Can wait");
        var fixFirst = probe.Document.QuerySelectorAll("#summary .card[data-quadrant='DoNow'] li").Select(li => li.GetAttribute("data-item-id")).ToList();
        fixFirst.ShouldBe(["rotate-keys", "mfa", "source-of-truth"]);
    }

    [Fact]
    public void The_roadmap_timeline_has_a_bar_per_scheduled_item_and_deferred_items_show_their_reason()
    {
        var report = ReportBuilder.Sample().Build();
        var probe = HtmlReportProbe.Parse(WriterOutput.Of(new HtmlReportWriter(), report));

        probe.TimelineItemIds.ShouldBe(report.Roadmap.Scheduled.Select(s => s.Item.Id).ToList());
        report.Roadmap.Deferred.ShouldNotBeEmpty();
        var deferred = probe.Document.QuerySelector("#deferred + ul.reasons")!;
        deferred.TextContent.ShouldContain("Replace the ERP");
        deferred.TextContent.ShouldContain("Over budget");
        probe.Document.QuerySelector("#not-scheduled + ul.reasons")!.TextContent.ShouldContain("Rebuild everything");
    }

    [Fact]
    public void Timeline_bars_span_their_weeks()
    {
        var report = ReportBuilder.Sample().Build();
        var probe = HtmlReportProbe.Parse(WriterOutput.Of(new HtmlReportWriter(), report));

        var sync = report.Roadmap.Scheduled.Single(s => s.Item.Id == "sync");
        var bar = probe.Document.QuerySelector("svg.timeline g.bar[data-item-id='sync']")!;
        bar.GetAttribute("data-start-week").ShouldBe(sync.StartWeek.ToString(CultureInfo.InvariantCulture));
        bar.GetAttribute("data-end-week").ShouldBe(sync.EndWeek.ToString(CultureInfo.InvariantCulture));
        bar.GetAttribute("data-phase").ShouldBe("integrations");
    }

    [Fact]
    public void Item_details_show_why_and_how_from_the_catalog_and_the_evidence()
    {
        var probe = Render(ReportBuilder.Sample());

        var details = probe.Document.QuerySelector("#item-source-of-truth")!;
        details.TextContent.ShouldContain("How");
        details.TextContent.ShouldContain("pick the one system that owns it");
        var keys = probe.Document.QuerySelector("#item-rotate-keys")!;
        keys.TextContent.ShouldContain("config/app.env:3");
        keys.TextContent.ShouldContain("sha256:ab12");
    }

    [Fact]
    public void Findings_list_shows_outcome_check_location_and_detail()
    {
        var probe = Render(ReportBuilder.Sample());

        var rows = probe.Document.QuerySelectorAll("#findings tbody tr");
        rows.Length.ShouldBe(5);
        rows[0].TextContent.ShouldContain("Fail · critical");
        rows[0].TextContent.ShouldContain("NoSecretsInTree");
        rows[0].TextContent.ShouldContain("config/app.env:3");
        probe.Document.QuerySelector("#findings")!.TextContent.ShouldContain("1 inconclusive");
    }

    [Fact]
    public void A_metric_table_with_a_bar_column_gets_a_bar_per_numeric_row()
    {
        var probe = Render(ReportBuilder.Sample());

        var metric = probe.Document.QuerySelector("#table-languages")!;
        metric.QuerySelectorAll("svg.bars-chart rect").Length.ShouldBe(2);
        metric.QuerySelectorAll("tbody tr").Length.ShouldBe(3);
        metric.TextContent.ShouldContain("Generated files skipped.");
    }

    [Fact]
    public void What_is_working_is_listed_in_the_summary()
    {
        var probe = Render(ReportBuilder.Sample());

        var working = probe.Document.QuerySelectorAll("#summary #working li").Select(li => li.TextContent).ToList();
        working.ShouldContain("Backups run nightly");
        working.ShouldContain("Every npm project has a lockfile");
    }

    [Fact]
    public void The_file_is_self_contained_printable_and_runs_no_script()
    {
        var html = WriterOutput.Of(new HtmlReportWriter(), ReportBuilder.Sample().Build());
        var probe = HtmlReportProbe.Parse(html);

        probe.Document.QuerySelectorAll("script, link, iframe, img, object, embed").Length.ShouldBe(0);
        probe.Document.QuerySelectorAll("[src]").Length.ShouldBe(0);
        probe.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ShouldAllBe(h => h.StartsWith('#'));
        probe.Document.QuerySelector("style")!.TextContent.ShouldContain("@media print");
        probe.Document.QuerySelector("meta[name=viewport]").ShouldNotBeNull();
        probe.Document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!.ShouldStartWith("default-src 'none';");
        html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal)
            .Replace("http-equiv", string.Empty, StringComparison.Ordinal).ShouldNotContain("http", Case.Insensitive);
    }

    [Fact]
    public void Hostile_text_from_a_target_is_shown_as_text_and_never_becomes_markup()
    {
        const string hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        var finding = FindingBuilder.Fail("x.check", "rec").At("<script>p.js", 1).Saying(hostile).WithEvidence(hostile);
        var builder = new ReportBuilder()
            .Titled(hostile)
            .OfKind("audit", hostile)
            .WithFindings(finding)
            .WithItem(new ItemBuilder("evil").Titled(hostile).Described(hostile).OwnedBy(hostile).WithFindings(finding))
            .WithTable(new MetricTable("t", hostile, [hostile, "n"], [[hostile, "5"]]) { BarColumn = 1, Note = hostile })
            .Working(hostile);

        var probe = Render(builder);

        probe.Document.QuerySelectorAll("script, img").Length.ShouldBe(0);
        probe.Document.QuerySelectorAll("[onerror]").Length.ShouldBe(0);
        probe.Document.Title.ShouldBe(hostile);
        probe.Document.QuerySelector("h1")!.TextContent.ShouldBe(hostile);
        probe.Matrix.QuerySelector(".dot title")!.TextContent.ShouldContain(hostile);
        probe.Document.QuerySelector("#item-evil p")!.TextContent.ShouldBe(hostile);
    }

    [Fact]
    public void A_right_to_left_override_in_a_register_name_reverses_neither_the_title_nor_the_page_margins()
    {
        // "Acme \u202Enalp ygolonhcet" shows as "Acme technology plan" reversed when the override is kept.
        const string spoofed = "Acme \u202Enalp ygolonhcet\u202C — \u2067plan\u2069";
        var finding = FindingBuilder.Fail("x.check", "rec").At("src/\u202Egpj.exe", 1).Saying("Found in \u202Etxt.exe");
        var html = WriterOutput.Of(new HtmlReportWriter(), new ReportBuilder()
            .Titled(spoofed)
            .WithFindings(finding)
            .WithItem(new ItemBuilder("spoof").Titled("Fix \u202Eeht sknil").OwnedBy("\u202Enimda").WithFindings(finding))
            .WithTable(new MetricTable("t", "Files \u202Esmeti", ["File", "n"], [["\u202Ea.cs", "5"]]))
            .Build());
        var probe = HtmlReportProbe.Parse(html);

        const string plain = "Acme nalp ygolonhcet — plan";
        probe.Document.Title.ShouldBe(plain);
        probe.Document.QuerySelector("h1")!.TextContent.ShouldBe(plain);
        probe.Document.QuerySelector("#table-t h3")!.TextContent.ShouldBe("Files smeti");
        probe.Document.QuerySelector("style")!.TextContent.ShouldContain("\"Acme nalp ygolonhcet — plan\"");
        // SVG labels cannot isolate a run, so they lose the controls too.
        probe.Matrix.QuerySelectorAll("text").ShouldAllBe(t => !t.TextContent.Any(HtmlText.IsBidiControl));
        // Everywhere else user text keeps its characters, each run isolated so it can reorder only itself.
        var isolated = probe.Document.QuerySelectorAll("bdi").Select(b => b.TextContent).ToList();
        isolated.ShouldContain("Fix \u202Eeht sknil");
        isolated.ShouldContain("\u202Enimda");
        isolated.ShouldContain("Found in \u202Etxt.exe");
        isolated.ShouldContain("src/\u202Egpj.exe:1");
        isolated.ShouldContain("\u202Ea.cs");
        foreach (var text in probe.Document.Body!.QuerySelectorAll("*").SelectMany(e => e.ChildNodes.OfType<AngleSharp.Dom.IText>()))
        {
            if (text.Data.Any(HtmlText.IsBidiControl))
            {
                text.ParentElement!.LocalName.ShouldBe("bdi", $"\"{text.Data}\" is not isolated");
            }
        }
    }

    [Fact]
    public void A_title_cannot_end_the_page_margin_rules_or_the_stylesheet()
    {
        var html = WriterOutput.Of(new HtmlReportWriter(), new ReportBuilder().Titled("Evil\"; } </style><script>alert(1)</script>\\").Build());
        var probe = HtmlReportProbe.Parse(html);

        probe.Document.QuerySelectorAll("script").Length.ShouldBe(0);
        probe.Document.QuerySelectorAll("style").Length.ShouldBe(1);
        probe.Document.QuerySelector("style")!.TextContent.ShouldContain("@top-left { content: \"Evil\\22 ; } \\3C /style\\3E \\3C script\\3E alert(1)\\3C /script\\3E \\5C \";");
    }

    [Fact]
    public void An_empty_report_still_renders_every_quadrant_and_says_nothing_is_scheduled()
    {
        var probe = Render(new ReportBuilder());

        probe.Document.QuerySelectorAll("#summary .card").Length.ShouldBe(4);
        probe.MatrixItemIds.ShouldBeEmpty();
        probe.Document.QuerySelector("#roadmap")!.TextContent.ShouldContain("Nothing is scheduled.");
    }

    [Fact]
    public void A_long_roadmap_still_draws_a_bar_for_every_item()
    {
        var builder = new ReportBuilder().PlannedWith(new PlanSettings(new DateOnly(2027, 1, 4), 2));
        for (var i = 0; i < 30; i++)
        {
            builder.WithItem(new ItemBuilder($"i{i}").Rated(3, 3).Hours(6));
        }

        var probe = Render(builder);

        probe.TimelineItemIds.Count.ShouldBe(30);
        probe.MatrixItemIds.Count.ShouldBe(30);
    }
}
