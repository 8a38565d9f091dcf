using System.Globalization;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;
using Plumbline.Reports.Pictures;
using Plumbline.Reports.Progress;
using Plumbline.Reports.Writers.Html;

namespace Plumbline.Reports.Writers;

/// <summary>One self-contained HTML file (inline CSS and SVG, no scripts, no external assets) to show a client.</summary>
/// <remarks>Order: the four-quadrant summary and what is working, the impact–effort matrix, the roadmap
/// timeline with deferrals, item details, metric tables, then every finding. Everything that came from a
/// target or a register goes through <see cref="HtmlText.Escape"/>.</remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => "html";

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer)
    {
        var plans = ItemPlan.Of(report);
        var active = report.Items.Where(i => i.IsActive).ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in active)
        {
            numbers.TryAdd(item.Id, numbers.Count + 1);
        }

        var w = writer;
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // The report needs nothing but its own inline CSS and SVG: a browser (or the PDF printer) runs no script and fetches nothing.
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        w.Write($"<meta name=\"generator\" content=\"Plumbline {E(report.ToolVersion)}\">\n");
        w.Write($"<title>{E(HtmlText.WithoutBidiControls(report.Title))}</title>\n<style>\n{HtmlStyles.Css}\n{HtmlStyles.PageMargins(HtmlText.WithoutBidiControls(report.Title), Date(report.GeneratedAt))}\n</style>\n</head>\n");
        w.Write($"<body data-kind=\"{E(report.Kind)}\">\n<main>\n");
        Header(w, report, active.Count);
        if (report.Comparison is { } comparison)
        {
            ChangesSection(w, comparison);
        }

        Summary(w, report, plans, numbers);
        Matrix(w, active, numbers);
        RoadmapSection(w, report.Roadmap);
        Details(w, report, plans, numbers);
        Tables(w, report.Tables);
        FindingsSection(w, report.Findings);
        w.Write($"<footer>Made with Plumbline {E(report.ToolVersion)} on {E(Date(report.GeneratedAt))}. ");
        w.Write($"Impact and effort are rated 1–5; impact {QuadrantRules.HighImpactFrom} or more counts as high, effort {QuadrantRules.HighEffortFrom} or more as high. ");
        w.Write("Hours are estimates: each effort level has a default (2, 8, 24, 80, 200 h) unless the item gives its own.</footer>\n");
        w.Write("</main>\n</body>\n</html>\n");
    }

    private static string E(string? text) => HtmlText.Escape(text);

    /// <summary>Text from a target or a register, escaped and isolated so a bidi override cannot reorder what is around it.</summary>
    private static string U(string? text) => HtmlText.Isolated(text);

    private static string Date(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static void Header(TextWriter w, Report report, int activeCount)
    {
        w.Write("<header>\n");
        w.Write($"<p class=\"eyebrow\">Plumbline · {E(report.Kind)}</p>\n");
        w.Write($"<h1>{E(HtmlText.WithoutBidiControls(report.Title))}</h1>\n");
        var failing = report.Findings.Count(f => f.Outcome == Outcome.Fail);
        var facts = new List<string> { U(report.Target), E(Date(report.GeneratedAt)), $"{Numbers.I(activeCount)} open items" };
        if (report.Findings.Count > 0)
        {
            facts.Add($"{Numbers.I(report.Findings.Count)} findings ({Numbers.I(failing)} failing)");
        }

        w.Write($"<p class=\"meta\">{string.Join(" · ", facts)}</p>\n</header>\n");
    }

    private static void Summary(TextWriter w, Report report, IReadOnlyList<ItemPlan> plans, IReadOnlyDictionary<string, int> numbers)
    {
        w.Write("<section id=\"summary\">\n<div class=\"summary\">\n");
        var planById = plans.GroupBy(p => p.Item.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byQuadrant = Prioritiser.ByQuadrant(report.Items.Where(i => i.IsActive));
        foreach (var q in ReportLabels.SummaryOrder)
        {
            var items = byQuadrant[q];
            w.Write($"<div class=\"card {Palette.QuadrantClass(q)}\" data-quadrant=\"{q}\">\n");
            w.Write($"<h3>{E(ReportLabels.SummaryHeading(q))} <span class=\"count\">{E(q.Label())} · {Numbers.I(items.Count)}</span></h3>\n");
            w.Write($"<p class=\"hint\">{E(ReportLabels.SummaryHint(q))}</p>\n");
            if (items.Count == 0)
            {
                w.Write("<p class=\"empty\">Nothing here.</p>\n");
            }
            else
            {
                w.Write("<ol>\n");
                foreach (var item in items)
                {
                    var plan = planById.GetValueOrDefault(item.Id);
                    var when = plan?.Scheduled is not null
                        ? (plan.Weeks.Contains('–', StringComparison.Ordinal) ? "weeks " : "week ") + plan.Weeks
                        : plan?.Reason is { } reason ? reason : "not scheduled";
                    var facts = E($"Impact {Numbers.I(item.Impact.Value)} · effort {Numbers.I(item.Effort.Value)} · {when}");
                    if (item.Owner is { Length: > 0 } owner)
                    {
                        facts += $" · {U(owner)}";
                    }

                    w.Write($"<li data-item-id=\"{E(item.Id)}\"><span class=\"num\">{Numbers.I(numbers.GetValueOrDefault(item.Id))}</span>");
                    w.Write($"<span><a href=\"#{HtmlText.Anchor("item-", item.Id)}\">{U(item.Title)}</a><span class=\"facts\">{facts}</span></span></li>\n");
                }

                w.Write("</ol>\n");
            }

            w.Write("</div>\n");
        }

        w.Write("</div>\n");
        if (report.Working.Count > 0)
        {
            w.Write("<div class=\"working\" id=\"working\">\n<h3>What is working</h3>\n<ul>\n");
            foreach (var line in report.Working)
            {
                w.Write($"<li>{U(line)}</li>\n");
            }

            w.Write("</ul>\n</div>\n");
        }

        w.Write("</section>\n");
    }

    private static void Matrix(TextWriter w, IReadOnlyList<Item> active, IReadOnlyDictionary<string, int> numbers)
    {
        w.Write("<section id=\"matrix\">\n<h2>Impact and effort</h2>\n");
        w.Write($"<p class=\"lede\">Each dot is an open item, numbered in priority order. The dashed lines are the thresholds: impact {QuadrantRules.HighImpactFrom}+ is high impact, effort {QuadrantRules.HighEffortFrom}+ is high effort.</p>\n");
        w.Write("<div class=\"chart-wrap\">");
        w.Write(GridSvg.Render(MatrixPicture.Of(active, numbers, item => "#" + HtmlText.Anchor("item-", item.Id))));
        w.Write("</div>\n</section>\n");
    }

    private static void RoadmapSection(TextWriter w, Roadmap roadmap)
    {
        var s = roadmap.Settings;
        var currency = s.Budget?.Currency;
        w.Write("<section id=\"roadmap\">\n<h2>Roadmap</h2>\n");
        w.Write($"<p class=\"lede\">Scheduled one item after another at {E(Numbers.Hours(s.CapacityHoursPerWeek))} hours a week from {E(s.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))}, earliest phase first, dependencies respected.</p>\n");
        w.Write("<div class=\"kpis\">");
        Kpi(w, Numbers.I(roadmap.Scheduled.Count), "items scheduled");
        Kpi(w, Numbers.I(roadmap.Weeks), "weeks");
        Kpi(w, Numbers.Hours(roadmap.TotalHours) + " h", "of work");
        if (roadmap.TotalCost > 0)
        {
            Kpi(w, Numbers.Money(roadmap.TotalCost, currency), "estimated cost");
        }

        if (s.Budget is { } budget)
        {
            var parts = new List<string>();
            if (budget.Hours is { } h)
            {
                parts.Add(Numbers.Hours(h) + " h");
            }

            if (budget.Money is { } m)
            {
                parts.Add(Numbers.Money(m, currency));
            }

            Kpi(w, string.Join(" / ", parts), "budget");
        }

        Kpi(w, Numbers.I(roadmap.Deferred.Count), "deferred");
        w.Write("</div>\n");

        if (roadmap.Scheduled.Count == 0)
        {
            w.Write("<p class=\"muted\">Nothing is scheduled.</p>\n");
        }
        else
        {
            w.Write("<div class=\"chart-wrap\">");
            w.Write(TimelineSvg.Render(roadmap));
            w.Write("</div>");
            w.Write("\n<ul class=\"legend\">");
            foreach (var phase in roadmap.Scheduled.Select(x => x.Item.Phase).Distinct().Order())
            {
                w.Write($"<li><i style=\"background:{Palette.Phase(phase)}\"></i>{E(phase.Label())}</li>");
            }

            w.Write("</ul>\n");
            var hasCost = roadmap.TotalCost > 0;
            w.Write("<div class=\"table-wrap\"><table class=\"schedule\">\n<thead><tr><th>Weeks</th><th>Dates</th><th>Item</th><th>Phase</th><th class=\"n\">Hours</th>");
            if (hasCost)
            {
                w.Write("<th class=\"n\">Cost</th>");
            }

            w.Write("<th>Owner</th></tr></thead>\n<tbody>\n");
            foreach (var e in roadmap.Scheduled)
            {
                var weeks = e.StartWeek == e.EndWeek ? Numbers.I(e.StartWeek) : $"{Numbers.I(e.StartWeek)}–{Numbers.I(e.EndWeek)}";
                var dates = $"{e.StartDate.ToString("d MMM", CultureInfo.InvariantCulture)} – {e.EndDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
                w.Write($"<tr data-item-id=\"{E(e.Item.Id)}\"><td>{weeks}</td><td class=\"small\">{E(dates)}</td><td><a href=\"#{HtmlText.Anchor("item-", e.Item.Id)}\">{U(e.Item.Title)}</a></td>");
                w.Write($"<td>{E(e.Item.Phase.Label())}</td><td class=\"n\">{E(Numbers.Hours(e.Hours))}</td>");
                if (hasCost)
                {
                    w.Write($"<td class=\"n\">{E(Numbers.Money(e.Cost, null))}</td>");
                }

                w.Write($"<td>{U(e.Item.Owner)}</td></tr>\n");
            }

            w.Write("</tbody>\n</table></div>\n");
        }

        Reasons(w, "deferred", "Deferred", roadmap.Deferred);
        Reasons(w, "not-scheduled", "Not scheduled", roadmap.NotScheduled);
        w.Write("</section>\n");
    }

    private static void Kpi(TextWriter w, string value, string label) =>
        w.Write($"<div class=\"kpi\"><b>{E(value)}</b><span>{E(label)}</span></div>");

    private static void Reasons(TextWriter w, string id, string heading, IReadOnlyList<DeferredItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Write($"<h3 id=\"{id}\">{E(heading)}</h3>\n<ul class=\"reasons\">\n");
        foreach (var d in items)
        {
            w.Write($"<li data-item-id=\"{E(d.Item.Id)}\"><a href=\"#{HtmlText.Anchor("item-", d.Item.Id)}\">{U(d.Item.Title)}</a> <span class=\"muted\">— {U(d.Reason)}</span></li>\n");
        }

        w.Write("</ul>\n");
    }

    private static void Details(TextWriter w, Report report, IReadOnlyList<ItemPlan> plans, Dictionary<string, int> numbers)
    {
        if (plans.Count == 0)
        {
            return;
        }

        var titles = report.Items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        w.Write("<section id=\"details\">\n<h2>The items in detail</h2>\n");
        foreach (var plan in plans)
        {
            var item = plan.Item;
            var q = item.Quadrant;
            w.Write($"<article class=\"item {Palette.QuadrantClass(q)}\" id=\"{HtmlText.Anchor("item-", item.Id)}\" data-item-id=\"{E(item.Id)}\">\n<h3>");
            if (numbers.TryGetValue(item.Id, out var n))
            {
                w.Write($"<span class=\"num\">{Numbers.I(n)}</span>");
            }

            w.Write($"<span>{U(item.Title)}</span></h3>\n<div class=\"tags\">");
            w.Write($"<span class=\"badge {Palette.QuadrantClass(q)}\">{E(q.Label())}</span>");
            w.Write($"<span class=\"tag\">Impact {E(item.Impact.ToString())}</span>");
            w.Write($"<span class=\"tag\">Effort {E(item.Effort.ToString())}</span>");
            w.Write($"<span class=\"tag\">{E(item.Phase.Label())}</span>");
            w.Write($"<span class=\"tag\">{E(Numbers.Hours(item.Hours))} h</span>");
            if (plan.Scheduled is not null)
            {
                w.Write($"<span class=\"tag\">Week {E(plan.Weeks)}</span>");
            }

            if (item.Status != ItemStatus.Open)
            {
                w.Write($"<span class=\"tag\">{E(ReportLabels.Status(item.Status))}</span>");
            }

            w.Write("</div>\n");
            if (item.Description is { Length: > 0 } description)
            {
                w.Write($"<p>{U(description)}</p>\n");
            }

            var facts = new List<(string, string)>();
            var recommendation = item.RecommendationId is { } rid ? report.Catalog.Find(rid) : null;
            if (recommendation is not null)
            {
                if (!string.Equals(recommendation.Why, item.Description, StringComparison.Ordinal))
                {
                    facts.Add(("Why", E(recommendation.Why)));
                }

                facts.Add(("How", E(recommendation.How)));
                facts.Add(("Recommendation", $"{E(recommendation.Title)} <span class=\"muted mono\">{E(recommendation.Id)}</span>"));
            }
            else if (item.RecommendationId is { } unknown)
            {
                facts.Add(("Recommendation", $"<span class=\"mono\">{E(unknown)}</span>"));
            }

            if (item.Owner is { Length: > 0 } owner)
            {
                facts.Add(("Owner", U(owner)));
            }

            if (item.DependsOn.Count > 0)
            {
                facts.Add(("After", string.Join(", ", item.DependsOn.Select(d =>
                    $"<a href=\"#{HtmlText.Anchor("item-", d)}\">{U(titles.GetValueOrDefault(d, d))}</a>"))));
            }

            if (plan.Reason is { } reason)
            {
                facts.Add((plan.Scheduled is null ? "Not scheduled" : "Note", U(reason)));
            }

            if (facts.Count > 0)
            {
                w.Write("<dl>");
                foreach (var (term, html) in facts)
                {
                    w.Write($"<dt>{E(term)}</dt><dd>{html}</dd>");
                }

                w.Write("</dl>\n");
            }

            if (item.Findings.Count > 0)
            {
                w.Write($"<p class=\"small muted\">Evidence: {Numbers.I(item.Findings.Count)} finding{(item.Findings.Count == 1 ? string.Empty : "s")}</p>\n<ul class=\"evidence\">\n");
                foreach (var f in item.Findings.Take(50))
                {
                    var where = f.Location.ToString();
                    w.Write("<li>");
                    if (where.Length > 0)
                    {
                        w.Write($"<span class=\"mono\">{U(where)}</span> — ");
                    }

                    w.Write(U(f.Detail));
                    EvidenceList(w, f);
                    w.Write("</li>\n");
                }

                if (item.Findings.Count > 50)
                {
                    w.Write($"<li class=\"muted\">… and {Numbers.I(item.Findings.Count - 50)} more in the findings list below.</li>\n");
                }

                w.Write("</ul>\n");
            }

            w.Write("</article>\n");
        }

        w.Write("</section>\n");
    }

    private static void EvidenceList(TextWriter w, Finding f)
    {
        if (f.Evidence.Count == 0)
        {
            return;
        }

        w.Write("<ul class=\"plain small muted\">");
        foreach (var e in f.Evidence)
        {
            w.Write($"<li class=\"mono\">{U(e)}</li>");
        }

        w.Write("</ul>");
    }

    private static void Tables(TextWriter w, IReadOnlyList<MetricTable> tables)
    {
        if (tables.Count == 0)
        {
            return;
        }

        w.Write("<section id=\"metrics\">\n<h2>Measurements</h2>\n");
        foreach (var t in tables)
        {
            w.Write($"<div class=\"metric\" id=\"{HtmlText.Anchor("table-", t.Id)}\">\n<h3>{E(HtmlText.WithoutBidiControls(t.Title))}</h3>\n");
            if (BarChartSvg.Render(t) is { } chart)
            {
                w.Write(chart);
                w.Write('\n');
            }

            w.Write("<div class=\"table-wrap\"><table>\n<thead><tr>");
            foreach (var c in t.Columns)
            {
                w.Write($"<th>{E(c)}</th>");
            }

            w.Write("</tr></thead>\n<tbody>\n");
            foreach (var row in t.Rows)
            {
                w.Write("<tr>");
                foreach (var cell in row)
                {
                    var numeric = BarChartSvg.ParseNumber(cell) is not null;
                    w.Write(numeric ? $"<td class=\"n\">{E(cell)}</td>" : $"<td>{U(cell)}</td>");
                }

                w.Write("</tr>\n");
            }

            w.Write("</tbody>\n</table></div>\n");
            if (t.Note is { Length: > 0 } note)
            {
                w.Write($"<p class=\"small muted\">{E(note)}</p>\n");
            }

            w.Write("</div>\n");
        }

        w.Write("</section>\n");
    }

    private static void ChangesSection(TextWriter w, ReportComparison c)
    {
        w.Write($"<section id=\"changes\">\n<h2>Since {E(c.Before.ToUniversalTime().ToString("d MMMM yyyy", CultureInfo.InvariantCulture))}</h2>\n");
        w.Write("<div class=\"kpis\">");
        foreach (var change in ChangeLabels.Order.Where(ch => ch is FindingChange.Fixed or FindingChange.New || c.Count(ch) > 0))
        {
            w.Write($"<div class=\"kpi\" data-change=\"{E(change.Key())}\"><b>{Numbers.I(c.Count(change))}</b><span>{E(change.Label().ToLowerInvariant())}</span></div>");
        }

        w.Write("</div>\n");
        if (c.Changes.Count > 0)
        {
            w.Write("<div class=\"table-wrap\"><table class=\"findings\">\n<thead><tr><th>Change</th><th>Check</th><th>Location</th><th>Detail</th></tr></thead>\n<tbody>\n");
            foreach (var ch in c.Changes)
            {
                var f = ch.Finding;
                w.Write($"<tr data-change=\"{E(ch.Change.Key())}\" data-fingerprint=\"{E(f.Fingerprint)}\"><td>{E(ch.Change.Label())} · {E(f.Severity.ToString().ToLowerInvariant())}</td>");
                w.Write($"<td class=\"mono\">{E(f.CheckId)}</td><td class=\"mono\">{U(f.Location.ToString())}</td><td>{U(f.Detail)}</td></tr>\n");
            }

            w.Write("</tbody>\n</table></div>\n");
        }

        w.Write("</section>\n");
    }

    private static void FindingsSection(TextWriter w, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        w.Write("<section id=\"findings\">\n<h2>Findings</h2>\n");
        var counts = Enum.GetValues<Outcome>()
            .Select(o => (Outcome: o, Count: findings.Count(f => f.Outcome == o)))
            .Where(x => x.Count > 0)
            .Select(x => $"{Numbers.I(x.Count)} {x.Outcome.Label().ToLowerInvariant()}");
        w.Write($"<p class=\"lede\">{E(string.Join(", ", counts))}.</p>\n");
        w.Write("<div class=\"table-wrap\"><table class=\"findings\">\n<thead><tr><th>Outcome</th><th>Check</th><th>Location</th><th>Detail</th></tr></thead>\n<tbody>\n");
        var ordered = findings
            .OrderBy(f => OutcomeRank(f.Outcome))
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.CheckId, StringComparer.Ordinal)
            .ThenBy(f => f.Location.ToString(), StringComparer.Ordinal);
        foreach (var f in ordered)
        {
            var outcome = f.Outcome == Outcome.Fail ? $"{f.Outcome.Label()} · {f.Severity.ToString().ToLowerInvariant()}" : f.Outcome.Label();
            w.Write($"<tr data-fingerprint=\"{E(f.Fingerprint)}\"><td class=\"outcome outcome-{f.Outcome.ToString().ToLowerInvariant()}\">{E(outcome)}</td>");
            w.Write($"<td class=\"mono\">{E(f.CheckId)}</td><td class=\"mono\">{U(f.Location.ToString())}</td><td>{U(f.Detail)}");
            EvidenceList(w, f);
            w.Write("</td></tr>\n");
        }

        w.Write("</tbody>\n</table></div>\n</section>\n");
    }

    private static int OutcomeRank(Outcome o) => o switch
    {
        Outcome.Fail => 0,
        Outcome.Error => 1,
        Outcome.Inconclusive => 2,
        Outcome.Pass => 3,
        _ => 4,
    };
}
