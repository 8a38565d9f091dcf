using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;

namespace Plumbline.Web.Register;

/// <summary>Draws the impact-versus-effort matrix as SVG: one numbered dot per item, each a link to the item.</summary>
/// <remarks>Effort runs left to right, impact bottom to top; items sharing a cell are laid out in a small grid so
/// none hides another. No inline styles: classes only, so the page's CSP needs no 'unsafe-inline'.</remarks>
internal static class MatrixSvg
{
    private const int Left = 56, Top = 16, Cell = 104, CellH = 84, Size = 5;

    public static string Render(IReadOnlyList<Item> ordered, Func<Item, string> href)
    {
        var inv = CultureInfo.InvariantCulture;
        var width = Left + (Cell * Size) + 16;
        var height = Top + (CellH * Size) + 48;
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg class=\"matrix\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"matrix-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title id=\"matrix-title\">Impact versus effort: each numbered dot is a register item</title>");

        // Quadrants: impact 3+ is the top band, effort 3+ the right band (QuadrantRules).
        var splitX = Left + ((QuadrantRules.HighEffortFrom - 1) * Cell);
        var splitY = Top + ((Size - QuadrantRules.HighImpactFrom + 1) * CellH);
        Rect(sb, Left, Top, splitX - Left, splitY - Top, "q-DoNow", Quadrant.DoNow.Label(), inv);
        Rect(sb, splitX, Top, Left + (Cell * Size) - splitX, splitY - Top, "q-PlanAndInvest", Quadrant.PlanAndInvest.Label(), inv);
        Rect(sb, Left, splitY, splitX - Left, Top + (CellH * Size) - splitY, "q-QuickWins", Quadrant.QuickWins.Label(), inv);
        Rect(sb, splitX, splitY, Left + (Cell * Size) - splitX, Top + (CellH * Size) - splitY, "q-SkipForNow", Quadrant.SkipForNow.Label(), inv);

        for (var v = 1; v <= Size; v++)
        {
            var x = Left + ((v - 1) * Cell) + (Cell / 2);
            var y = Top + ((Size - v) * CellH) + (CellH / 2);
            sb.Append(inv, $"<text class=\"tick\" x=\"{x}\" y=\"{Top + (CellH * Size) + 16}\" text-anchor=\"middle\">{v}</text>");
            sb.Append(inv, $"<text class=\"tick\" x=\"{Left - 10}\" y=\"{y + 4}\" text-anchor=\"end\">{v}</text>");
        }

        sb.Append(inv, $"<text class=\"axis\" x=\"{Left + (Cell * Size / 2)}\" y=\"{height - 8}\" text-anchor=\"middle\">Effort →</text>");
        sb.Append(inv, $"<text class=\"axis\" x=\"14\" y=\"{Top + (CellH * Size / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Top + (CellH * Size / 2)})\">Impact →</text>");

        var number = new Dictionary<Item, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            number[ordered[i]] = i + 1;
        }

        foreach (var cell in ordered.Where(i => i.IsActive).GroupBy(i => (i.Impact.Value, i.Effort.Value)))
        {
            var items = cell.ToList();
            var cols = (int)Math.Ceiling(Math.Sqrt(items.Count * 1.3));
            var rows = (int)Math.Ceiling(items.Count / (double)cols);
            var step = Math.Min((Cell - 8) / (double)cols, (CellH - 8) / (double)rows);
            var r = Math.Min(11, step * 0.45);
            var x0 = Left + ((cell.Key.Item2 - 1) * Cell) + ((Cell - (step * cols)) / 2) + (step / 2);
            var y0 = Top + ((Size - cell.Key.Item1) * CellH) + ((CellH - (step * rows)) / 2) + (step / 2);
            for (var k = 0; k < items.Count; k++)
            {
                var item = items[k];
                var cx = x0 + (k % cols * step);
                var cy = y0 + (k / cols * step);
                var n = number[item];
                sb.Append(inv, $"<a href=\"{HtmlEncoder.Default.Encode(href(item))}\" class=\"dot q-{item.Quadrant}\">");
                sb.Append(inv, $"<title>{HtmlEncoder.Default.Encode($"{n}. {item.Title} (impact {item.Impact.Value}, effort {item.Effort.Value})")}</title>");
                sb.Append(inv, $"<circle cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"{r:0.#}\"/>");
                if (r >= 7)
                {
                    sb.Append(inv, $"<text x=\"{cx:0.#}\" y=\"{cy + 4:0.#}\" text-anchor=\"middle\">{n}</text>");
                }

                sb.Append("</a>");
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Rect(StringBuilder sb, int x, int y, int w, int h, string cls, string label, CultureInfo inv)
    {
        sb.Append(inv, $"<rect class=\"quad {cls}\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"/>");
        sb.Append(inv, $"<text class=\"quad-label\" x=\"{x + 6}\" y=\"{y + 14}\">{HtmlEncoder.Default.Encode(label)}</text>");
    }
}
