using System.Text;
using Plumbline.Reports.Writers.Html;

namespace Plumbline.Reports.Pictures;

/// <summary>Draws any <see cref="GridPicture"/> as SVG: the one renderer behind the matrix and the portfolio, in reports and the web.</summary>
/// <remarks>Colours are presentation attributes and everything else is a class, never a style attribute, so the
/// picture looks the same in a self-contained report and under the web's Content-Security-Policy.
/// Every text taken from user data goes through <see cref="HtmlText.Escape"/>.</remarks>
public static class GridSvg
{
    /// <summary>The SVG markup for the picture.</summary>
    public static string Render(GridPicture picture)
    {
        var titleId = HtmlText.Anchor(string.Empty, picture.CssClass) + "-title";
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"grid-chart {HtmlText.Escape(picture.CssClass)}\" viewBox=\"0 0 {Numbers.C(GridLayout.Width)} {Numbers.C(GridLayout.Height)}\" role=\"img\" aria-labelledby=\"{titleId}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"{titleId}\">{HtmlText.Escape(picture.Title)}</title>");
        foreach (var region in picture.Regions)
        {
            Region(svg, GridLayout.Region(picture, region), region);
        }

        Lines(svg, picture);
        Axes(svg, picture);
        svg.Append("<g class=\"dots\">");
        foreach (var dot in GridLayout.Place(picture.Dots))
        {
            Dot(svg, dot);
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static void Region(StringBuilder svg, GridRect r, GridRegion region)
    {
        // Labels go in the outer corner of each region, away from the split lines.
        var (lx, anchor) = region.HighX ? (r.Right - 8, "end") : (r.X + 8, "start");
        var ly = region.HighY ? r.Y + 18 : r.Bottom - 8;
        svg.Append($"<g class=\"region {HtmlText.Escape(region.CssClass)}\" data-quadrant=\"{HtmlText.Escape(region.Key)}\">");
        svg.Append($"<rect x=\"{Numbers.C(r.X)}\" y=\"{Numbers.C(r.Y)}\" width=\"{Numbers.C(r.Width)}\" height=\"{Numbers.C(r.Height)}\" fill=\"{Palette.ToneTint(region.Tone)}\"/>");
        svg.Append($"<text class=\"region-label\" x=\"{Numbers.C(lx)}\" y=\"{Numbers.C(ly)}\" text-anchor=\"{anchor}\" fill=\"{Palette.Tone(region.Tone)}\">{HtmlText.Escape(region.Label)}</text>");
        svg.Append("</g>");
    }

    private static void Lines(StringBuilder svg, GridPicture picture)
    {
        var plot = GridLayout.Plot;
        svg.Append("<g class=\"cells\">");
        for (var i = 1; i < GridLayout.Levels; i++)
        {
            var x = plot.X + (i * GridLayout.CellWidth);
            var y = plot.Y + (i * GridLayout.CellHeight);
            Line(svg, x, plot.Y, x, plot.Bottom);
            Line(svg, plot.X, y, plot.Right, y);
        }

        svg.Append("</g><g class=\"threshold\">");
        var splitX = GridLayout.SplitX(picture.X);
        var splitY = GridLayout.SplitY(picture.Y);
        Line(svg, splitX, plot.Y, splitX, plot.Bottom);
        Line(svg, plot.X, splitY, plot.Right, splitY);
        svg.Append("</g>");
        svg.Append($"<rect class=\"frame\" x=\"{Numbers.C(plot.X)}\" y=\"{Numbers.C(plot.Y)}\" width=\"{Numbers.C(plot.Width)}\" height=\"{Numbers.C(plot.Height)}\" fill=\"none\"/>");
    }

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2) =>
        svg.Append($"<line x1=\"{Numbers.C(x1)}\" y1=\"{Numbers.C(y1)}\" x2=\"{Numbers.C(x2)}\" y2=\"{Numbers.C(y2)}\"/>");

    private static void Axes(StringBuilder svg, GridPicture picture)
    {
        var plot = GridLayout.Plot;
        svg.Append("<g class=\"axis\">");
        for (var level = 1; level <= GridLayout.Levels; level++)
        {
            var cell = GridLayout.Cell(level, level);
            var xName = picture.X.NameOf(level);
            var xTick = xName.Length > 0 ? $"{Numbers.I(level)} · {HtmlText.Escape(xName)}" : Numbers.I(level);
            svg.Append($"<text x=\"{Numbers.C(cell.X + (cell.Width / 2))}\" y=\"{Numbers.C(plot.Bottom + 18)}\" text-anchor=\"middle\">{xTick}</text>");
            var cy = cell.Y + (cell.Height / 2);
            svg.Append($"<text x=\"{Numbers.C(plot.X - 8)}\" y=\"{Numbers.C(cy - 2)}\" text-anchor=\"end\">{Numbers.I(level)}</text>");
            var yName = picture.Y.NameOf(level);
            if (yName.Length > 0)
            {
                svg.Append($"<text class=\"sub\" x=\"{Numbers.C(plot.X - 8)}\" y=\"{Numbers.C(cy + 11)}\" text-anchor=\"end\">{HtmlText.Escape(yName)}</text>");
            }
        }

        svg.Append($"<text class=\"axis-title\" x=\"{Numbers.C(plot.X + (plot.Width / 2))}\" y=\"{Numbers.C(plot.Bottom + 44)}\" text-anchor=\"middle\">{HtmlText.Escape(picture.X.Title)}</text>");
        svg.Append($"<text class=\"axis-title\" transform=\"translate(16 {Numbers.C(plot.Y + (plot.Height / 2))}) rotate(-90)\" text-anchor=\"middle\">{HtmlText.Escape(picture.Y.Title)}</text>");
        svg.Append("</g>");
    }

    private static void Dot(StringBuilder svg, PlacedDot placed)
    {
        var dot = placed.Dot;
        var element = dot.Href is null ? "g" : "a";
        svg.Append($"<{element} class=\"dot {HtmlText.Escape(dot.CssClass)}\"");
        if (dot.Href is not null)
        {
            svg.Append($" href=\"{HtmlText.Escape(dot.Href)}\"");
        }

        foreach (var (name, value) in dot.Data)
        {
            svg.Append($" data-{HtmlText.Anchor(string.Empty, name)}=\"{HtmlText.Escape(value)}\"");
        }

        svg.Append($"><title>{HtmlText.Escape(HtmlText.WithoutBidiControls(dot.Tooltip))}</title>");
        svg.Append($"<circle cx=\"{Numbers.C(placed.X)}\" cy=\"{Numbers.C(placed.Y)}\" r=\"{Numbers.C(placed.Radius)}\" fill=\"{Palette.Tone(dot.Tone)}\"/>");

        // A number needs a dot big enough to read it in; crowded cells still show every dot, with its number in the title.
        if (dot.Number is { } number && placed.Radius >= 7)
        {
            svg.Append($"<text class=\"num\" x=\"{Numbers.C(placed.X)}\" y=\"{Numbers.C(placed.Y + 3.3)}\" text-anchor=\"middle\">{Numbers.I(number)}</text>");
        }

        if (placed.LabelChars >= 3)
        {
            svg.Append($"<text class=\"label\" x=\"{Numbers.C(placed.X + placed.Radius + 3.5)}\" y=\"{Numbers.C(placed.Y + 3.8)}\">{HtmlText.Escape(HtmlText.Truncate(dot.Label, placed.LabelChars))}</text>");
        }

        svg.Append($"</{element}>");
    }
}
