using System.Globalization;
using Plumbline.Core.Findings;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;
using Plumbline.Reports.Progress;
using Plumbline.Reports.Writers.Markdown;

namespace Plumbline.Reports.Writers;

/// <summary>The report as Markdown: the same sections as the HTML report, as lists and tables (for wikis, tickets, pull requests).</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string FileExtension => "md";

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer)
    {
        var w = writer;
        var plans = ItemPlan.Of(report);
        var planById = plans.GroupBy(p => p.Item.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var active = report.Items.Where(i => i.IsActive).ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in active)
        {
            numbers.TryAdd(item.Id, numbers.Count + 1);
        }

        w.Write($"# {E(report.Title)}\n\n");
        w.Write($"{E(report.Kind)} of {E(report.Target)} · {report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)} · Plumbline {E(report.ToolVersion)}\n\n");

        if (report.Comparison is { } comparison)
        {
            Changes(w, comparison);
        }

        w.Write("## Summary\n\n");
        var byQuadrant = Prioritiser.ByQuadrant(active);
        foreach (var q in ReportLabels.SummaryOrder)
        {
            var items = byQuadrant[q];
            w.Write($"### {E(ReportLabels.SummaryHeading(q))} ({E(q.Label())}, {items.Count.ToString(CultureInfo.InvariantCulture)})\n\n");
            w.Write($"{E(ReportLabels.SummaryHint(q))}\n\n");
            if (items.Count == 0)
            {
                w.Write("Nothing here.\n\n");
                continue;
            }

            foreach (var item in items)
            {
                var plan = planById[item.Id];
                var when = plan.Scheduled is not null ? "week " + plan.Weeks : plan.Reason ?? "not scheduled";
                w.Write($"{numbers[item.Id].ToString(CultureInfo.InvariantCulture)}. **{E(item.Title)}** — impact {item.Impact.Value.ToString(CultureInfo.InvariantCulture)}, effort {item.Effort.Value.ToString(CultureInfo.InvariantCulture)}, {E(when)}\n");
            }

            w.Write('\n');
        }

        if (report.Working.Count > 0)
        {
            w.Write("## What is working\n\n");
            foreach (var line in report.Working)
            {
                w.Write($"- {E(line)}\n");
            }

            w.Write('\n');
        }

        w.Write("## Impact and effort\n\n");
        w.Write($"Impact {QuadrantRules.HighImpactFrom.ToString(CultureInfo.InvariantCulture)}+ is high impact; effort {QuadrantRules.HighEffortFrom.ToString(CultureInfo.InvariantCulture)}+ is high effort.\n\n");
        Table(w, ["#", "Item", "Impact", "Effort", "Quadrant", "Phase"], active.Select(i => (IReadOnlyList<string>)
        [
            numbers[i.Id].ToString(CultureInfo.InvariantCulture),
            i.Title,
            i.Impact.ToString(),
            i.Effort.ToString(),
            i.Quadrant.Label(),
            i.Phase.Label(),
        ]));

        Roadmap(w, report.Roadmap);

        if (plans.Count > 0)
        {
            w.Write("## The items in detail\n\n");
            foreach (var plan in plans)
            {
                Detail(w, report, plan);
            }
        }

        foreach (var t in report.Tables)
        {
            w.Write($"## {E(t.Title)}\n\n");
            Table(w, t.Columns, t.Rows);
            if (t.Note is { Length: > 0 } note)
            {
                w.Write($"{E(note)}\n\n");
            }
        }

        if (report.Findings.Count > 0)
        {
            w.Write("## Findings\n\n");
            var ordered = report.Findings
                .OrderBy(f => f.Outcome == Outcome.Fail ? 0 : f.Outcome == Outcome.Pass ? 2 : 1)
                .ThenByDescending(f => f.Severity)
                .ThenBy(f => f.CheckId, StringComparer.Ordinal);
            Table(w, ["Outcome", "Severity", "Check", "Location", "Detail", "Evidence"], ordered.Select(f => (IReadOnlyList<string>)
            [
                f.Outcome.ToString(),
                f.Severity.ToString(),
                f.CheckId,
                f.Location.ToString(),
                f.Detail,
                string.Join("; ", f.Evidence),
            ]));
        }
    }

    private static string E(string? text) => MarkdownText.Escape(text);

    private static void Changes(TextWriter w, ReportComparison c)
    {
        w.Write($"## Since {c.Before.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n\n");
        w.Write($"{E(ChangeLabels.Headline(c))}.\n\n");
        if (c.Changes.Count > 0)
        {
            Table(w, ["Change", "Severity", "Check", "Location", "Detail"], c.Changes.Select(ch => (IReadOnlyList<string>)
            [
                ch.Change.Label(),
                ch.Finding.Severity.ToString(),
                ch.Finding.CheckId,
                ch.Finding.Location.ToString(),
                ch.Finding.Detail,
            ]));
        }
    }

    private static void Roadmap(TextWriter w, Roadmap roadmap)
    {
        var s = roadmap.Settings;
        var inv = CultureInfo.InvariantCulture;
        w.Write("## Roadmap\n\n");
        w.Write(string.Format(inv, "From {0:yyyy-MM-dd} at {1:0.#} hours a week: {2} items over {3} weeks, {4:0.#} h", s.Start, s.CapacityHoursPerWeek, roadmap.Scheduled.Count, roadmap.Weeks, roadmap.TotalHours));
        if (roadmap.TotalCost > 0)
        {
            w.Write(string.Format(inv, ", {0}{1:#,0}", s.Budget?.Currency is { Length: > 0 } c ? E(c) + " " : string.Empty, roadmap.TotalCost));
        }

        w.Write(".\n\n");
        if (roadmap.Scheduled.Count > 0)
        {
            Table(w, ["Weeks", "Dates", "Item", "Phase", "Hours", "Owner"], roadmap.Scheduled.Select(e => (IReadOnlyList<string>)
            [
                e.StartWeek == e.EndWeek ? e.StartWeek.ToString(inv) : string.Format(inv, "{0}–{1}", e.StartWeek, e.EndWeek),
                string.Format(inv, "{0:yyyy-MM-dd} – {1:yyyy-MM-dd}", e.StartDate, e.EndDate),
                e.Item.Title,
                e.Item.Phase.Label(),
                e.Hours.ToString("0.#", inv),
                e.Item.Owner ?? string.Empty,
            ]));
        }

        Reasons(w, "Deferred", roadmap.Deferred);
        Reasons(w, "Not scheduled", roadmap.NotScheduled);
    }

    private static void Reasons(TextWriter w, string heading, IReadOnlyList<DeferredItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Write($"### {heading}\n\n");
        foreach (var d in items)
        {
            w.Write($"- **{E(d.Item.Title)}** — {E(d.Reason)}\n");
        }

        w.Write('\n');
    }

    private static void Detail(TextWriter w, Report report, ItemPlan plan)
    {
        var item = plan.Item;
        var inv = CultureInfo.InvariantCulture;
        w.Write($"### {E(item.Title)}\n\n");
        var facts = new List<string>
        {
            item.Quadrant.Label(),
            "impact " + item.Impact,
            "effort " + item.Effort,
            item.Phase.Label(),
            item.Hours.ToString("0.#", inv) + " h",
        };
        if (plan.Scheduled is not null)
        {
            facts.Add("week " + plan.Weeks);
        }

        if (item.Owner is { Length: > 0 } owner)
        {
            facts.Add("owner: " + owner);
        }

        facts.Add(ReportLabels.Status(item.Status));
        w.Write($"{E(string.Join(" · ", facts))}\n\n");
        if (item.Description is { Length: > 0 } description)
        {
            w.Write($"{E(description)}\n\n");
        }

        if (item.RecommendationId is { } rid && report.Catalog.Find(rid) is { } r)
        {
            if (!string.Equals(r.Why, item.Description, StringComparison.Ordinal))
            {
                w.Write($"- **Why:** {E(r.Why)}\n");
            }

            w.Write($"- **How:** {E(r.How)}\n");
            w.Write($"- **Recommendation:** {E(r.Title)} ({E(r.Id)})\n");
        }

        if (item.DependsOn.Count > 0)
        {
            w.Write($"- **After:** {E(string.Join(", ", item.DependsOn))}\n");
        }

        if (plan.Reason is { } reason)
        {
            w.Write($"- **Not scheduled:** {E(reason)}\n");
        }

        foreach (var f in item.Findings.Take(50))
        {
            var where = f.Location.ToString();
            var evidence = f.Evidence.Count > 0 ? " (" + string.Join("; ", f.Evidence) + ")" : string.Empty;
            w.Write($"- Evidence: {E((where.Length > 0 ? where + " — " : string.Empty) + f.Detail + evidence)}\n");
        }

        if (item.Findings.Count > 50)
        {
            w.Write($"- … and {(item.Findings.Count - 50).ToString(inv)} more findings\n");
        }

        w.Write('\n');
    }

    private static void Table(TextWriter w, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        w.Write("| " + string.Join(" | ", columns.Select(E)) + " |\n");
        w.Write("|" + string.Concat(columns.Select(_ => " --- |")) + "\n");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            var cells = Enumerable.Range(0, columns.Count).Select(i => i < row.Count ? E(row[i]) : string.Empty);
            w.Write("| " + string.Join(" | ", cells) + " |\n");
        }

        if (!any)
        {
            w.Write("| " + string.Join(" | ", columns.Select((_, i) => i == 0 ? "(none)" : string.Empty)) + " |\n");
        }

        w.Write('\n');
    }
}
