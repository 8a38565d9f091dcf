using System.Globalization;
using System.Text;
using Plumbline.Reports.Writers.Html;

namespace Plumbline.Reports.Progress;

/// <summary>A small line chart of counts over successive runs, for the engagement Overview and the engagement report.</summary>
/// <remarks>Points are spaced evenly by run, not by date: runs come when the work does, and even spacing keeps every
/// label readable. Each point has a tooltip with its exact value; a value that was not measured leaves a gap.</remarks>
public static class TrendChartSvg
{
    private const double Left = 40, Right = 150, Top = 14, PlotH = 120, Bottom = 34, StepMin = 60;

    /// <summary>The chart, or null with fewer than one point or no measured value.</summary>
    public static string? Render(string title, IReadOnlyList<string> labels, IReadOnlyList<TrendSeries> series)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        var values = series.SelectMany(s => s.Values).OfType<int>().ToList();
        if (labels.Count == 0 || values.Count == 0)
        {
            return null;
        }

        var max = Math.Max(1, values.Max());
        var step = labels.Count > 1 ? Math.Max(StepMin, 480.0 / (labels.Count - 1)) : 0;
        var width = Left + (step * Math.Max(0, labels.Count - 1)) + Right;
        var height = Top + PlotH + Bottom;
        double X(int i) => Left + (i * step) + (labels.Count == 1 ? 20 : 0);
        double Y(int v) => Top + PlotH - (v / (double)max * PlotH);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend-chart\" viewBox=\"0 0 {Numbers.C(width)} {Numbers.C(height)}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"11\" font-family=\"system-ui, sans-serif\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{T(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Numbers.C(Left)}\" y1=\"{Numbers.C(Top + PlotH)}\" x2=\"{Numbers.C(width - Right + 20)}\" y2=\"{Numbers.C(Top + PlotH)}\" stroke=\"#98a2b3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Numbers.C(Left - 6)}\" y=\"{Numbers.C(Top + 4)}\" text-anchor=\"end\" fill=\"#475467\">{Numbers.I(max)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Numbers.C(Left - 6)}\" y=\"{Numbers.C(Top + PlotH + 4)}\" text-anchor=\"end\" fill=\"#475467\">0</text>");
        for (var i = 0; i < labels.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"trend-x\" x=\"{Numbers.C(X(i))}\" y=\"{Numbers.C(Top + PlotH + 16)}\" text-anchor=\"middle\" fill=\"#475467\">{T(HtmlText.Truncate(labels[i], 12))}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var line = series[s];
            var points = line.Values.Select((v, i) => (v, i)).Where(p => p.v is not null && p.i < labels.Count).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"trend-series\" data-series=\"{T(line.Name)}\" stroke=\"{T(line.Colour)}\" fill=\"{T(line.Colour)}\">");
            if (points.Count > 1)
            {
                var path = string.Join(' ', points.Select(p => $"{Numbers.C(X(p.i))},{Numbers.C(Y(p.v!.Value))}"));
                svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{path}\" fill=\"none\" stroke-width=\"2\"/>");
            }

            foreach (var (v, i) in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Numbers.C(X(i))}\" cy=\"{Numbers.C(Y(v!.Value))}\" r=\"3.5\" data-value=\"{Numbers.I(v.Value)}\"><title>{T($"{line.Name}, {labels[i]}: {v.Value}")}</title></circle>");
            }

            var last = points[^1];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Numbers.C(width - Right + 28)}\" y=\"{Numbers.C(Top + 10 + (s * 16))}\" stroke=\"none\">{T($"{line.Name}: {last.v}")}</text>");
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string T(string text) => HtmlText.Escape(HtmlText.WithoutBidiControls(text));
}
