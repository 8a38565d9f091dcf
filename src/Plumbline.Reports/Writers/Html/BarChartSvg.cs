using System.Globalization;
using System.Text;
using Plumbline.Core.Metrics;

namespace Plumbline.Reports.Writers.Html;

/// <summary>A horizontal bar chart of one numeric column of a metric table, labelled by the first column.</summary>
internal static class BarChartSvg
{
    private const int MaxBars = 25;
    private const double LabelW = 190;
    private const double BarMaxW = 380;
    private const double RowH = 20;

    /// <summary>The chart, or null when the column has no positive numbers to draw.</summary>
    public static string? Render(MetricTable table)
    {
        if (table.BarColumn is not { } column || column < 0 || column >= table.Columns.Count)
        {
            return null;
        }

        var bars = table.Rows
            .Where(r => r.Count > column)
            .Select(r => (Label: r.Count > 0 ? r[0] : string.Empty, Text: r[column], Value: ParseNumber(r[column])))
            .Where(b => b.Value is > 0)
            .Take(MaxBars)
            .ToList();
        if (bars.Count == 0)
        {
            return null;
        }

        var max = bars.Max(b => b.Value!.Value);
        var height = (bars.Count * RowH) + 8;
        var width = LabelW + BarMaxW + 90;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"bars-chart\" viewBox=\"0 0 {Numbers.C(width)} {Numbers.C(height)}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title>{HtmlText.Escape(HtmlText.WithoutBidiControls($"{table.Title}: {table.Columns[column]}"))}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, text, value) = bars[i];
            var y = 4 + (i * RowH);
            var w = Math.Max(1, value!.Value / max * BarMaxW);
            svg.Append("<g class=\"chart-row\">");
            svg.Append($"<title>{HtmlText.Escape(HtmlText.WithoutBidiControls($"{label}: {text}"))}</title>");
            svg.Append($"<text x=\"{Numbers.C(LabelW - 8)}\" y=\"{Numbers.C(y + 13)}\" text-anchor=\"end\">{HtmlText.Escape(HtmlText.Truncate(label, 27))}</text>");
            svg.Append($"<rect x=\"{Numbers.C(LabelW)}\" y=\"{Numbers.C(y + 3)}\" width=\"{Numbers.C(w)}\" height=\"13\" rx=\"2\"/>");
            svg.Append($"<text class=\"value\" x=\"{Numbers.C(LabelW + w + 6)}\" y=\"{Numbers.C(y + 13)}\">{HtmlText.Escape(HtmlText.Truncate(text, 14))}</text>");
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Reads "1,234", "56.7%", " 12 " as numbers; anything else is not drawn.</summary>
    internal static double? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = text.Trim().TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }
}
