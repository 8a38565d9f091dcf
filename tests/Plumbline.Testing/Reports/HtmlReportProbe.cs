using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Plumbline.Testing.Reports;

/// <summary>Reads an HTML report the way a browser would (AngleSharp) and answers questions about it.</summary>
public sealed class HtmlReportProbe
{
    private HtmlReportProbe(IDocument document) => Document = document;

    public IDocument Document { get; }

    public static HtmlReportProbe Parse(string html) => new(new HtmlParser().ParseDocument(html));

    /// <summary>The matrix SVG element.</summary>
    public IElement Matrix => Document.QuerySelector("#matrix svg.matrix") ?? throw new InvalidOperationException("no matrix SVG in #matrix");

    /// <summary>The item ids of the dots in the matrix.</summary>
    public IReadOnlyList<string> MatrixItemIds =>
        [.. Matrix.QuerySelectorAll(".dot[data-item-id]").Select(g => g.GetAttribute("data-item-id")!)];

    /// <summary>The item ids of the bars in the roadmap timeline.</summary>
    public IReadOnlyList<string> TimelineItemIds =>
        [.. Document.QuerySelectorAll("svg.timeline g.bar[data-item-id]").Select(g => g.GetAttribute("data-item-id")!)];
}
