namespace Plumbline.Core.Metrics;

/// <summary>A table of measurements that reports show as-is: languages, authors per folder, hotspots.</summary>
/// <param name="Id">A stable kebab-case id, e.g. <c>languages</c>.</param>
/// <param name="Title">The table's heading.</param>
/// <param name="Columns">Column headings.</param>
/// <param name="Rows">Rows of cells, each as many as <paramref name="Columns"/>.</param>
public sealed record MetricTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>A sentence shown under the table (what was skipped, how it was measured).</summary>
    public string? Note { get; init; }

    /// <summary>When set, reports draw a horizontal bar chart of this (numeric) column, labelled by the first column.</summary>
    public int? BarColumn { get; init; }
}
