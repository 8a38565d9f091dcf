using System.Globalization;
using System.Text;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;

namespace Plumbline.Reports.Writers.Html;

/// <summary>Draws the roadmap as a timeline: one bar per scheduled item across its weeks, coloured by phase.</summary>
internal static class TimelineSvg
{
    private const double LabelW = 290;
    private const double AxisH = 34;
    private const double RowH = 24;
    private const double BarH = 14;
    private const double TargetPlotW = 560;

    public static string Render(Roadmap roadmap)
    {
        var weeks = Math.Max(1, roadmap.Weeks);
        var weekW = Math.Max(5, TargetPlotW / weeks);
        var plotW = weeks * weekW;
        var width = LabelW + plotW + 16;
        var height = AxisH + (roadmap.Scheduled.Count * RowH) + 8;
        var step = weeks switch
        {
            <= 16 => 1,
            <= 32 => 2,
            <= 64 => 4,
            <= 128 => 8,
            _ => 16,
        };

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"timeline\" viewBox=\"0 0 {Numbers.C(width)} {Numbers.C(height)}\" role=\"img\" aria-labelledby=\"timeline-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"timeline-title\">Roadmap: {Numbers.I(roadmap.Scheduled.Count)} items over {Numbers.I(roadmap.Weeks)} weeks</title>");

        // Week axis and light gridlines; alternate bands make long plans easy to follow by eye.
        svg.Append("<g class=\"weeks\">");
        for (var w = 1; w <= weeks; w++)
        {
            var x = LabelW + ((w - 1) * weekW);
            if ((w - 1) / step % 2 == 1)
            {
                svg.Append($"<rect class=\"band\" x=\"{Numbers.C(x)}\" y=\"{Numbers.C(AxisH - 6)}\" width=\"{Numbers.C(weekW)}\" height=\"{Numbers.C(height - AxisH + 6)}\"/>");
            }

            if ((w - 1) % step == 0)
            {
                var monday = roadmap.Settings.Start.AddDays((w - 1) * 7);
                svg.Append($"<text x=\"{Numbers.C(x + 2)}\" y=\"13\">W{Numbers.I(w)}</text>");
                svg.Append($"<text class=\"sub\" x=\"{Numbers.C(x + 2)}\" y=\"25\">{monday.ToString("d MMM", CultureInfo.InvariantCulture)}</text>");
            }
        }

        svg.Append($"<line class=\"axis-line\" x1=\"{Numbers.C(LabelW)}\" y1=\"{Numbers.C(AxisH - 6)}\" x2=\"{Numbers.C(LabelW + plotW)}\" y2=\"{Numbers.C(AxisH - 6)}\"/>");
        svg.Append("</g>");

        svg.Append("<g class=\"bars\">");
        for (var r = 0; r < roadmap.Scheduled.Count; r++)
        {
            Bar(svg, roadmap.Scheduled[r], AxisH + (r * RowH), weekW);
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, ScheduledItem s, double rowTop, double weekW)
    {
        var item = s.Item;
        var x = LabelW + ((s.StartWeek - 1) * weekW);
        var w = Math.Max(3, ((s.EndWeek - s.StartWeek + 1) * weekW) - 2);
        var weeks = s.StartWeek == s.EndWeek ? $"week {Numbers.I(s.StartWeek)}" : $"weeks {Numbers.I(s.StartWeek)}–{Numbers.I(s.EndWeek)}";
        var tooltip = $"{item.Title} — {weeks} ({s.StartDate:yyyy-MM-dd} to {s.EndDate:yyyy-MM-dd}), {Numbers.Hours(s.Hours)} h, {item.Phase.Label()}";
        svg.Append($"<g class=\"bar\" data-item-id=\"{HtmlText.Escape(item.Id)}\" data-start-week=\"{Numbers.I(s.StartWeek)}\" data-end-week=\"{Numbers.I(s.EndWeek)}\" data-phase=\"{item.Phase.Key()}\">");
        svg.Append($"<title>{HtmlText.Escape(HtmlText.WithoutBidiControls(tooltip))}</title>");
        svg.Append($"<text class=\"row-label\" x=\"{Numbers.C(LabelW - 10)}\" y=\"{Numbers.C(rowTop + 15)}\" text-anchor=\"end\">{HtmlText.Escape(HtmlText.Truncate(item.Title, 40))}</text>");
        svg.Append($"<rect x=\"{Numbers.C(x)}\" y=\"{Numbers.C(rowTop + ((RowH - BarH) / 2))}\" width=\"{Numbers.C(w)}\" height=\"{Numbers.C(BarH)}\" rx=\"3\" fill=\"{Palette.Phase(item.Phase)}\"/>");
        svg.Append("</g>");
    }
}
