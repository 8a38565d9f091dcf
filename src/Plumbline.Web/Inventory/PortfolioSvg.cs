using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Plumbline.Web.Data;

namespace Plumbline.Web.Inventory;

/// <summary>Draws the portfolio: technical fit across, business fit up, one labelled dot per rated system.</summary>
internal static class PortfolioSvg
{
    private const int Left = 56, Top = 16, Cell = 100, CellH = 76, Size = 5;

    public static string Render(IReadOnlyList<SystemEntry> systems, Func<SystemEntry, string> href)
    {
        var inv = CultureInfo.InvariantCulture;
        var width = Left + (Cell * Size) + 16;
        var height = Top + (CellH * Size) + 48;
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg class=\"matrix\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"portfolio-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title id=\"portfolio-title\">Business fit versus technical fit: Tolerate, Invest, Migrate, Eliminate</title>");
        var splitX = Left + ((Portfolio.HighFrom - 1) * Cell);
        var splitY = Top + ((Size - Portfolio.HighFrom + 1) * CellH);
        var right = Left + (Cell * Size);
        var bottom = Top + (CellH * Size);
        Quad(sb, Left, Top, splitX - Left, splitY - Top, PortfolioQuadrant.Migrate, inv);
        Quad(sb, splitX, Top, right - splitX, splitY - Top, PortfolioQuadrant.Invest, inv);
        Quad(sb, Left, splitY, splitX - Left, bottom - splitY, PortfolioQuadrant.Eliminate, inv);
        Quad(sb, splitX, splitY, right - splitX, bottom - splitY, PortfolioQuadrant.Tolerate, inv);
        for (var v = 1; v <= Size; v++)
        {
            sb.Append(inv, $"<text class=\"tick\" x=\"{Left + ((v - 1) * Cell) + (Cell / 2)}\" y=\"{bottom + 16}\" text-anchor=\"middle\">{v}</text>");
            sb.Append(inv, $"<text class=\"tick\" x=\"{Left - 10}\" y=\"{Top + ((Size - v) * CellH) + (CellH / 2) + 4}\" text-anchor=\"end\">{v}</text>");
        }

        sb.Append(inv, $"<text class=\"axis\" x=\"{Left + (Cell * Size / 2)}\" y=\"{height - 8}\" text-anchor=\"middle\">Technical fit →</text>");
        sb.Append(inv, $"<text class=\"axis\" x=\"14\" y=\"{Top + (CellH * Size / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Top + (CellH * Size / 2)})\">Business fit →</text>");

        foreach (var cell in systems.Where(s => s.BusinessFit is not null && s.TechnicalFit is not null).GroupBy(s => (s.BusinessFit!.Value, s.TechnicalFit!.Value)))
        {
            var list = cell.ToList();
            for (var k = 0; k < list.Count; k++)
            {
                var s = list[k];
                var cx = Left + ((cell.Key.Item2 - 1) * Cell) + (Cell / 2);
                var cy = Top + ((Size - cell.Key.Item1) * CellH) + 14 + (k * 16 % (CellH - 20));
                var name = HtmlEncoder.Default.Encode(s.Name);
                sb.Append(inv, $"<a href=\"{HtmlEncoder.Default.Encode(href(s))}\" class=\"dot p-{Portfolio.Of(s.BusinessFit, s.TechnicalFit)}\"><title>{name}</title>");
                sb.Append(inv, $"<circle cx=\"{cx - 36}\" cy=\"{cy}\" r=\"5\"/><text class=\"label\" x=\"{cx - 28}\" y=\"{cy + 4}\">{Truncate(name)}</text></a>");
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Truncate(string text) => text.Length > 14 ? text[..13] + "…" : text;

    private static void Quad(StringBuilder sb, int x, int y, int w, int h, PortfolioQuadrant q, CultureInfo inv)
    {
        sb.Append(inv, $"<rect class=\"quad p-{q}\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"/>");
        sb.Append(inv, $"<text class=\"quad-label\" x=\"{x + 6}\" y=\"{y + h - 8}\">{q}</text>");
    }
}
