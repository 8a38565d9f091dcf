using System.Globalization;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;
using Plumbline.Reports.Progress;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Plumbline.Cli.Rendering;

/// <summary>Draws a report in the terminal: summary, the 2×2 matrix, the roadmap by week, deferrals, findings.</summary>
/// <remarks>Everything taken from a target or a register is escaped before it reaches markup.</remarks>
internal static class ReportConsoleRenderer
{
    private const int MaxItemsPerQuadrant = 12;

    public static void Render(IAnsiConsole console, Report report)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(report.Title)}[/]").LeftJustified());
        console.MarkupLineInterpolated($"[grey]{report.Kind} of[/] {report.Target} [grey]· {report.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}[/]");
        console.WriteLine();

        if (report.Comparison is { } comparison)
        {
            RenderChanges(console, comparison);
        }

        RenderSummary(console, report);
        RenderMatrix(console, report);
        RenderRoadmap(console, report.Roadmap);
        RenderTables(console, report);
        RenderFindings(console, report);
    }

    private static void RenderChanges(IAnsiConsole console, ReportComparison c)
    {
        console.MarkupLineInterpolated($"[bold]Since {c.Before.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:[/] {ChangeLabels.Headline(c)}");
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("Change");
        table.AddColumn("Check");
        table.AddColumn("Location");
        table.AddColumn("Detail");
        foreach (var ch in c.Changes.Where(ch => ch.Change != FindingChange.StillOpen))
        {
            var colour = ch.Change switch
            {
                FindingChange.Fixed => "green",
                FindingChange.New or FindingChange.Regressed => "red",
                _ => "grey",
            };
            var f = ch.Finding;
            table.AddRow(new Markup($"[{colour}]{Markup.Escape(ch.Change.Label())}[/]"), new Text(f.CheckId), new Text(f.Location.ToString()), new Text(f.Detail));
        }

        if (table.Rows.Count > 0)
        {
            console.Write(table);
        }

        console.WriteLine();
    }

    private static void RenderSummary(IAnsiConsole console, Report report)
    {
        var byQ = Prioritiser.ByQuadrant(report.Items.Where(i => i.IsActive));
        var line = string.Join("  ·  ", Prioritiser.QuadrantOrder.Select(q => $"{Colour(q)}{q.Label()}: {byQ[q].Count}[/]"));
        console.MarkupLine(line);
        if (byQ[Quadrant.DoNow] is { Count: > 0 } doNow)
        {
            var first = report.Roadmap.InPlanOrder(doNow)[0];
            var when = report.Roadmap.Find(first) is { } scheduled ? $" (week {scheduled.StartWeek})" : string.Empty;
            console.MarkupLineInterpolated($"[bold]Fix first:[/] {first.Title}{when}");
        }
        else if (report.Items.Count == 0)
        {
            console.MarkupLine("[green]Nothing to fix: no items.[/]");
        }

        console.WriteLine();
    }

    private static void RenderMatrix(IAnsiConsole console, Report report)
    {
        var byQ = Prioritiser.ByQuadrant(report.Items.Where(i => i.IsActive));
        // Both effort columns get half the room, so an empty quadrant keeps its whole title ("Do now (0)").
        const int LabelWidth = 6;
        var half = Math.Max(20, (console.Profile.Width - LabelWidth - 1) / 2 - 1);
        var grid = new Grid().Expand();
        grid.AddColumn(new GridColumn { Width = LabelWidth }.NoWrap().PadRight(1));
        grid.AddColumn(new GridColumn { Width = half });
        grid.AddColumn(new GridColumn { Width = half });
        grid.AddRow(new Markup("[grey]impact[/]\n[grey]high[/]"), QuadrantPanel(Quadrant.DoNow, byQ, half), QuadrantPanel(Quadrant.PlanAndInvest, byQ, half));
        grid.AddRow(new Markup("[grey]impact[/]\n[grey]low[/]"), QuadrantPanel(Quadrant.QuickWins, byQ, half), QuadrantPanel(Quadrant.SkipForNow, byQ, half));
        grid.AddRow(new Text(string.Empty), new Markup("[grey]low effort[/]").Centered(), new Markup("[grey]high effort[/]").Centered());
        console.Write(grid);
        console.WriteLine();
    }

    private static Panel QuadrantPanel(Quadrant q, IReadOnlyDictionary<Quadrant, IReadOnlyList<Item>> byQ, int width)
    {
        var items = byQ[q];
        var lines = items.Take(MaxItemsPerQuadrant)
            .Select(i => $"• {Markup.Escape(i.Title)} [grey](I{i.Impact.Value}/E{i.Effort.Value})[/]")
            .ToList();
        if (items.Count > MaxItemsPerQuadrant)
        {
            lines.Add($"[grey]… and {items.Count - MaxItemsPerQuadrant} more[/]");
        }

        if (lines.Count == 0)
        {
            lines.Add("[grey](none)[/]");
        }

        // The column's width, set rather than expanded into: Spectre measures an expanded panel in a grid over and over
        // (about 30 ms for the four, against 7).
        return new Panel(new Markup(string.Join('\n', lines)))
        {
            Width = width,
        }
            .Header($"{Colour(q)}{q.Label()} ({items.Count})[/]")
            .BorderColor(BorderColour(q));
    }

    private static void RenderRoadmap(IAnsiConsole console, Roadmap roadmap)
    {
        var s = roadmap.Settings;
        console.Write(new Rule("[bold]Roadmap[/]").LeftJustified());
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]From {s.Start:yyyy-MM-dd} at {s.CapacityHoursPerWeek:0.#} h a week: {roadmap.Scheduled.Count} {(roadmap.Scheduled.Count == 1 ? "item" : "items")} over {roadmap.Weeks} {(roadmap.Weeks == 1 ? "week" : "weeks")}, {roadmap.TotalHours:0.#} h[/]");
        if (roadmap.Scheduled.Count > 0)
        {
            var hasCost = roadmap.TotalCost > 0;
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn("Weeks");
            table.AddColumn("Item");
            table.AddColumn("Phase");
            table.AddColumn("Quadrant");
            table.AddColumn(new TableColumn("Hours").RightAligned());
            if (hasCost)
            {
                table.AddColumn(new TableColumn("Cost").RightAligned());
            }

            table.AddColumn("Owner");
            foreach (var e in roadmap.Scheduled)
            {
                var weeks = e.StartWeek == e.EndWeek ? $"{e.StartWeek}" : $"{e.StartWeek}–{e.EndWeek}";
                var cells = new List<IRenderable>
                {
                    new Text(weeks),
                    new Text(e.Item.Title),
                    new Text(e.Item.Phase.Label()),
                    new Markup($"{Colour(e.Item.Quadrant)}{e.Item.Quadrant.Label()}[/]"),
                    new Text(e.Hours.ToString("0.#", CultureInfo.InvariantCulture)),
                };
                if (hasCost)
                {
                    cells.Add(new Text(e.Cost.ToString("#,0", CultureInfo.InvariantCulture)));
                }

                cells.Add(new Text(e.Item.Owner ?? string.Empty));
                table.AddRow(cells);
            }

            console.Write(table);
        }

        foreach (var d in roadmap.Deferred)
        {
            console.MarkupLineInterpolated($"[yellow]Deferred:[/] {d.Item.Title} [grey]— {d.Reason}[/]");
        }

        foreach (var d in roadmap.NotScheduled.Where(n => n.Item.IsActive))
        {
            console.MarkupLineInterpolated($"[grey]Not scheduled:[/] {d.Item.Title} [grey]— {d.Reason}[/]");
        }

        console.WriteLine();
    }

    private static void RenderTables(IAnsiConsole console, Report report)
    {
        foreach (var t in report.Tables)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(t.Title)}[/]").LeftJustified());
            var table = new Table().Border(TableBorder.Simple);
            foreach (var c in t.Columns)
            {
                table.AddColumn(Markup.Escape(c));
            }

            foreach (var row in t.Rows.Take(40))
            {
                table.AddRow(row.Select(cell => (IRenderable)new Text(cell)).ToArray());
            }

            console.Write(table);
            if (t.Rows.Count > 40)
            {
                console.MarkupLineInterpolated($"[grey]… {t.Rows.Count - 40} more rows in the file reports[/]");
            }

            if (t.Note is { } note)
            {
                console.MarkupLineInterpolated($"[grey]{note}[/]");
            }

            console.WriteLine();
        }
    }

    private static void RenderFindings(IAnsiConsole console, Report report)
    {
        if (report.Findings.Count == 0)
        {
            return;
        }

        var counts = Enum.GetValues<Outcome>()
            .Select(o => (o, n: report.Findings.Count(f => f.Outcome == o)))
            .Where(x => x.n > 0)
            .Select(x => $"{x.n} {x.o.Label().ToLowerInvariant()}");
        console.Write(new Rule("[bold]Findings[/]").LeftJustified());
        console.MarkupLineInterpolated($"[grey]{string.Join(", ", counts)}[/]");
        var notable = report.Findings
            .Where(f => f.Outcome is Outcome.Fail or Outcome.Inconclusive or Outcome.Error)
            .OrderByDescending(f => f.Outcome == Outcome.Fail)
            .ThenByDescending(f => f.Severity)
            .Take(30)
            .ToList();
        foreach (var f in notable)
        {
            var mark = f.Outcome switch
            {
                Outcome.Fail => "[red]✗[/]",
                Outcome.Inconclusive => "[yellow]?[/]",
                _ => "[magenta]![/]",
            };
            var where = f.Location.ToString();
            console.MarkupLine($"{mark} [grey]{Markup.Escape(f.CheckId)}[/] {Markup.Escape(f.Detail)}{(where.Length > 0 ? $" [grey]({Markup.Escape(where)})[/]" : string.Empty)}");
        }

        var rest = report.Findings.Count(f => f.Outcome is Outcome.Fail or Outcome.Inconclusive or Outcome.Error) - notable.Count;
        if (rest > 0)
        {
            console.MarkupLineInterpolated($"[grey]… and {rest} more in the file reports (--format html, json)[/]");
        }

        console.WriteLine();
    }

    private static string Colour(Quadrant q) => q switch
    {
        Quadrant.DoNow => "[bold red]",
        Quadrant.PlanAndInvest => "[bold yellow]",
        Quadrant.QuickWins => "[bold green]",
        _ => "[bold grey]",
    };

    private static Color BorderColour(Quadrant q) => q switch
    {
        Quadrant.DoNow => Color.Red,
        Quadrant.PlanAndInvest => Color.Yellow,
        Quadrant.QuickWins => Color.Green,
        _ => Color.Grey,
    };
}
