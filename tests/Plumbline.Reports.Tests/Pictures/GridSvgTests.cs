using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Reports.Pictures;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Pictures;

/// <summary>The one grid renderer, read back as a browser would: every picture (report matrix, web matrix, portfolio) is drawn by it.</summary>
public sealed class GridSvgTests
{
    [Fact]
    public void The_twenty_five_cells_tile_the_plot_without_overlapping()
    {
        var cells = Enumerable.Range(1, 5).SelectMany(x => Enumerable.Range(1, 5).Select(y => GridLayout.Cell(x, y))).ToList();

        foreach (var a in cells)
        {
            a.X.ShouldBeGreaterThanOrEqualTo(GridLayout.Plot.X);
            a.Right.ShouldBeLessThanOrEqualTo(GridLayout.Plot.Right);
            a.Y.ShouldBeGreaterThanOrEqualTo(GridLayout.Plot.Y);
            a.Bottom.ShouldBeLessThanOrEqualTo(GridLayout.Plot.Bottom);
            cells.Count(b => b.Overlaps(a)).ShouldBe(1, "a cell overlaps another");
        }

        cells.Sum(c => c.Width * c.Height).ShouldBe(GridLayout.Plot.Width * GridLayout.Plot.Height);
    }

    [Fact]
    public void Every_dot_is_drawn_inside_the_cell_of_its_impact_and_effort()
    {
        // A different number of items on every cell, from one to seven, so single, stacked and multi-column cells all appear.
        var items = new List<Item>();
        for (var impact = 1; impact <= 5; impact++)
        {
            for (var effort = 1; effort <= 5; effort++)
            {
                for (var k = 0; k <= (impact + effort) % 7; k++)
                {
                    items.Add(new ItemBuilder($"i{impact}-e{effort}-{k}").Titled($"Item {k} on {impact}/{effort}").Rated(impact, effort).Build());
                }
            }
        }

        var dots = Dots(Matrix(items));

        dots.Count.ShouldBe(items.Count);
        foreach (var dot in dots)
        {
            var cell = GridLayout.Cell(int.Parse(dot.GetAttribute("data-effort")!, CultureInfo.InvariantCulture), int.Parse(dot.GetAttribute("data-impact")!, CultureInfo.InvariantCulture));
            var (x, y, r) = Circle(dot);
            cell.Holds(x, y, r).ShouldBeTrue($"{dot.GetAttribute("data-item-id")} at ({x}, {y}) leaves its cell");
        }
    }

    [Fact]
    public void Forty_items_on_one_cell_are_all_drawn_inside_it_and_none_hides_another()
    {
        var items = Enumerable.Range(0, 40).Select(i => new ItemBuilder($"same-{i}").Rated(4, 2).Build()).ToList();

        var circles = Dots(Matrix(items)).Select(Circle).ToList();

        circles.Count.ShouldBe(40);
        foreach (var a in circles)
        {
            GridLayout.Cell(2, 4).Holds(a.X, a.Y, a.R).ShouldBeTrue();
            a.R.ShouldBeGreaterThan(2, "a dot too small to see or click");
            foreach (var b in circles.Where(b => b != a))
            {
                Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2)).ShouldBeGreaterThan(a.R + b.R, "two dots overlap");
            }
        }
    }

    [Fact]
    public void The_matrix_regions_split_at_the_quadrant_thresholds_and_hold_the_cells_of_their_quadrant()
    {
        var svg = Parse(Matrix([]));

        var doNow = Rect(svg.QuerySelector("g.region[data-quadrant='DoNow'] rect")!);
        doNow.Right.ShouldBe(GridLayout.Cell(QuadrantRules.HighEffortFrom, 1).X);
        doNow.Bottom.ShouldBe(GridLayout.Cell(1, QuadrantRules.HighImpactFrom).Bottom);
        svg.QuerySelectorAll("g.region").Length.ShouldBe(4);
        for (var impact = 1; impact <= 5; impact++)
        {
            for (var effort = 1; effort <= 5; effort++)
            {
                var quadrant = new ItemBuilder("x").Rated(impact, effort).Build().Quadrant;
                var region = Rect(svg.QuerySelector($"g.region[data-quadrant='{quadrant}'] rect")!);
                var cell = GridLayout.Cell(effort, impact);
                region.Overlaps(cell).ShouldBeTrue($"impact {impact}, effort {effort} is {quadrant}");
                (cell.X >= region.X && cell.Right <= region.Right && cell.Y >= region.Y && cell.Bottom <= region.Bottom).ShouldBeTrue();
            }
        }
    }

    [Fact]
    public void The_report_and_the_web_draw_the_same_items_identically_except_where_dots_link()
    {
        var items = ReportBuilder.Sample().Build().Items.Where(i => i.IsActive).ToList();
        var numbers = items.Select((item, n) => (item.Id, n + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);

        var report = GridSvg.Render(MatrixPicture.Of(items, numbers, item => $"#item-{item.Id}"));
        var web = GridSvg.Render(MatrixPicture.Of(items, numbers, item => $"/engagements/1/register/items/{item.Id}"));

        report.ShouldNotBe(web);
        WithoutLinks(report).ShouldBe(WithoutLinks(web));
    }

    [Fact]
    public void Text_from_user_data_is_escaped_and_nothing_is_styled_inline()
    {
        const string hostile = "<script>alert(1)</script>\" onmouseover=\"x";
        var item = new ItemBuilder("evil").Titled(hostile).Build();

        var markup = Matrix([item], href: _ => "/items/\"><script>");
        var svg = Parse(markup);

        svg.QuerySelectorAll("script").Length.ShouldBe(0);
        svg.QuerySelectorAll("[onmouseover]").Length.ShouldBe(0);
        svg.QuerySelectorAll("[style]").Length.ShouldBe(0);
        svg.QuerySelector(".dot title")!.TextContent.ShouldContain(hostile);
        svg.QuerySelector("a.dot")!.GetAttribute("href").ShouldBe("/items/\"><script>");
        svg.QuerySelector("svg > title")!.Id.ShouldBe(svg.GetAttribute("aria-labelledby"));
    }

    private static string Matrix(IReadOnlyList<Item> items, Func<Item, string>? href = null)
    {
        var numbers = items.Select((item, n) => (item.Id, n + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        return GridSvg.Render(MatrixPicture.Of(items, numbers, href ?? (item => $"#item-{item.Id}")));
    }

    private static IElement Parse(string svg) =>
        new HtmlParser().ParseDocument("<body>" + svg).QuerySelector("svg") ?? throw new InvalidOperationException("no svg");

    private static List<IElement> Dots(string svg) => [.. Parse(svg).QuerySelectorAll(".dot")];

    private static (double X, double Y, double R) Circle(IElement dot)
    {
        var c = dot.QuerySelector("circle")!;
        return (Num(c, "cx"), Num(c, "cy"), Num(c, "r"));
    }

    private static GridRect Rect(IElement r) => new(Num(r, "x"), Num(r, "y"), Num(r, "width"), Num(r, "height"));

    private static double Num(IElement e, string attribute) =>
        double.Parse(e.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    private static string WithoutLinks(string svg) => Regex.Replace(svg, "href=\"[^\"]*\"", "href");
}
