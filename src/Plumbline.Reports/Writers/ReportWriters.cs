namespace Plumbline.Reports.Writers;

/// <summary>The file formats Plumbline writes, listed explicitly.</summary>
public static class ReportWriters
{
    /// <summary>Every file writer, in the order they are listed in help.</summary>
    public static IReadOnlyList<IReportWriter> All { get; } =
    [
        new HtmlReportWriter(),
        new MarkdownReportWriter(),
        new JsonReportWriter(),
        new SarifReportWriter(),
        new CsvReportWriter(),
    ];

    /// <summary>The writer for a <c>--format</c> name, or null.</summary>
    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
