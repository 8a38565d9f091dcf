using System.Text;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;

namespace Plumbline.Reports.Writers.Html;

/// <summary>Draws the impact–effort matrix: shaded quadrant regions by <see cref="QuadrantRules"/>, one labelled dot per item.</summary>
/// <remarks>Items on the same impact/effort cell are stacked inside the cell (in columns when many),
/// so no dot hides another; each dot carries its priority number, a short label and a full tooltip.</remarks>
internal static class MatrixSvg
{
    private const double Left = 78;
    private const double Top = 14;
    private const double CellW = 132;
    private const double CellH = 96;
    private const double PlotW = CellW * 5;
    private const double PlotH = CellH * 5;
    private const double Width = Left + PlotW + 14;
    private const double Height = Top + PlotH + 60;
    private const int MaxRowsPerColumn = 5;

    /// <summary>The SVG for the items, numbered by <paramref name="numbers"/> (item id → priority number).</summary>
    public static string Render(IReadOnlyList<Item> items, IReadOnlyDictionary<string, int> numbers)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"matrix\" viewBox=\"0 0 {Numbers.C(Width)} {Numbers.C(Height)}\" role=\"img\" aria-labelledby=\"matrix-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"matrix-title\">Impact–effort matrix: impact up, effort to the right</title>");
        Regions(svg);
        Grid(svg);
        Axes(svg);
        Dots(svg, items, numbers);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The x of the left edge of an effort column (1–5).</summary>
    private static double ColumnLeft(int effort) => Left + ((effort - 1) * CellW);

    /// <summary>The y of the top edge of an impact row (5 at the top).</summary>
    private static double RowTop(int impact) => Top + ((5 - impact) * CellH);

    private static void Regions(StringBuilder svg)
    {
        // The boundaries sit between the last "low" level and the first "high" level.
        var bx = ColumnLeft(QuadrantRules.HighEffortFrom);
        var by = RowTop(QuadrantRules.HighImpactFrom - 1);
        Region(svg, Quadrant.DoNow, Left, Top, bx - Left, by - Top, Left + 8, Top + 18, "start");
        Region(svg, Quadrant.PlanAndInvest, bx, Top, Left + PlotW - bx, by - Top, Left + PlotW - 8, Top + 18, "end");
        Region(svg, Quadrant.QuickWins, Left, by, bx - Left, Top + PlotH - by, Left + 8, Top + PlotH - 8, "start");
        Region(svg, Quadrant.SkipForNow, bx, by, Left + PlotW - bx, Top + PlotH - by, Left + PlotW - 8, Top + PlotH - 8, "end");
    }

    private static void Region(StringBuilder svg, Quadrant q, double x, double y, double w, double h, double lx, double ly, string anchor)
    {
        svg.Append($"<g class=\"region {Palette.QuadrantClass(q)}\" data-quadrant=\"{q}\">");
        svg.Append($"<rect x=\"{Numbers.C(x)}\" y=\"{Numbers.C(y)}\" width=\"{Numbers.C(w)}\" height=\"{Numbers.C(h)}\" fill=\"{Palette.QuadrantTint(q)}\"/>");
        svg.Append($"<text class=\"region-label\" x=\"{Numbers.C(lx)}\" y=\"{Numbers.C(ly)}\" text-anchor=\"{anchor}\" fill=\"{Palette.Quadrant(q)}\">{HtmlText.Escape(q.Label())}</text>");
        svg.Append("</g>");
    }

    private static void Grid(StringBuilder svg)
    {
        svg.Append("<g class=\"grid\">");
        for (var i = 1; i < 5; i++)
        {
            var x = Left + (i * CellW);
            var y = Top + (i * CellH);
            svg.Append($"<line x1=\"{Numbers.C(x)}\" y1=\"{Numbers.C(Top)}\" x2=\"{Numbers.C(x)}\" y2=\"{Numbers.C(Top + PlotH)}\"/>");
            svg.Append($"<line x1=\"{Numbers.C(Left)}\" y1=\"{Numbers.C(y)}\" x2=\"{Numbers.C(Left + PlotW)}\" y2=\"{Numbers.C(y)}\"/>");
        }

        svg.Append("</g>");
        var bx = ColumnLeft(QuadrantRules.HighEffortFrom);
        var by = RowTop(QuadrantRules.HighImpactFrom - 1);
        svg.Append($"<g class=\"threshold\"><line x1=\"{Numbers.C(bx)}\" y1=\"{Numbers.C(Top)}\" x2=\"{Numbers.C(bx)}\" y2=\"{Numbers.C(Top + PlotH)}\"/>");
        svg.Append($"<line x1=\"{Numbers.C(Left)}\" y1=\"{Numbers.C(by)}\" x2=\"{Numbers.C(Left + PlotW)}\" y2=\"{Numbers.C(by)}\"/></g>");
        svg.Append($"<rect class=\"frame\" x=\"{Numbers.C(Left)}\" y=\"{Numbers.C(Top)}\" width=\"{Numbers.C(PlotW)}\" height=\"{Numbers.C(PlotH)}\"/>");
    }

    private static void Axes(StringBuilder svg)
    {
        svg.Append("<g class=\"axis\">");
        for (var level = 1; level <= 5; level++)
        {
            var effort = new Effort(level);
            var cx = ColumnLeft(level) + (CellW / 2);
            svg.Append($"<text x=\"{Numbers.C(cx)}\" y=\"{Numbers.C(Top + PlotH + 18)}\" text-anchor=\"middle\">{Numbers.I(level)} · {effort.Name}</text>");
            var impact = new Impact(level);
            var cy = RowTop(level) + (CellH / 2);
            svg.Append($"<text x=\"{Numbers.C(Left - 8)}\" y=\"{Numbers.C(cy - 2)}\" text-anchor=\"end\">{Numbers.I(level)}</text>");
            svg.Append($"<text class=\"sub\" x=\"{Numbers.C(Left - 8)}\" y=\"{Numbers.C(cy + 11)}\" text-anchor=\"end\">{impact.Name}</text>");
        }

        svg.Append($"<text class=\"axis-title\" x=\"{Numbers.C(Left + (PlotW / 2))}\" y=\"{Numbers.C(Top + PlotH + 44)}\" text-anchor=\"middle\">Effort →</text>");
        svg.Append($"<text class=\"axis-title\" transform=\"translate(16 {Numbers.C(Top + (PlotH / 2))}) rotate(-90)\" text-anchor=\"middle\">Impact →</text>");
        svg.Append("</g>");
    }

    private static void Dots(StringBuilder svg, IReadOnlyList<Item> items, IReadOnlyDictionary<string, int> numbers)
    {
        svg.Append("<g class=\"dots\">");
        foreach (var cell in items.GroupBy(i => (i.Impact.Value, i.Effort.Value)))
        {
            var list = cell.ToList();
            var columns = (list.Count + MaxRowsPerColumn - 1) / MaxRowsPerColumn;
            var rows = (list.Count + columns - 1) / columns;
            var columnWidth = CellW / columns;
            var spacing = Math.Min(19, (CellH - 10) / rows);
            var cellLeft = ColumnLeft(cell.Key.Item2);
            var cellMiddle = RowTop(cell.Key.Item1) + (CellH / 2);
            var firstY = cellMiddle - ((rows - 1) * spacing / 2);
            var maxChars = (int)Math.Floor((columnWidth - 26) / 5.8);
            for (var k = 0; k < list.Count; k++)
            {
                var item = list[k];
                var x = cellLeft + ((k / rows) * columnWidth) + 13;
                var y = firstY + ((k % rows) * spacing);
                Dot(svg, item, numbers.GetValueOrDefault(item.Id), x, y, maxChars);
            }
        }

        svg.Append("</g>");
    }

    private static void Dot(StringBuilder svg, Item item, int number, double x, double y, int maxChars)
    {
        var q = item.Quadrant;
        var tooltip = $"{number}. {item.Title} — {q.Label()} · impact {item.Impact} · effort {item.Effort}";
        svg.Append($"<a href=\"#{HtmlText.Anchor("item-", item.Id)}\">");
        svg.Append($"<g class=\"dot {Palette.QuadrantClass(q)}\" data-item-id=\"{HtmlText.Escape(item.Id)}\" data-impact=\"{Numbers.I(item.Impact.Value)}\" data-effort=\"{Numbers.I(item.Effort.Value)}\">");
        svg.Append($"<title>{HtmlText.Escape(tooltip)}</title>");
        svg.Append($"<circle cx=\"{Numbers.C(x)}\" cy=\"{Numbers.C(y)}\" r=\"8.5\" fill=\"{Palette.Quadrant(q)}\"/>");
        svg.Append($"<text class=\"num\" x=\"{Numbers.C(x)}\" y=\"{Numbers.C(y + 3.3)}\" text-anchor=\"middle\">{Numbers.I(number)}</text>");
        if (maxChars >= 3)
        {
            svg.Append($"<text class=\"label\" x=\"{Numbers.C(x + 12)}\" y=\"{Numbers.C(y + 3.8)}\">{HtmlText.Escape(HtmlText.Truncate(item.Title, maxChars))}</text>");
        }

        svg.Append("</g></a>");
    }
}
