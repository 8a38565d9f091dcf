using Plumbline.Reports.Pdf;
using Plumbline.Reports.Writers;

namespace Plumbline.Web.Register;

/// <summary>A report format offered on the page: the ones the Reports writers provide, in a fixed order.</summary>
internal sealed record ReportFormat(string Format, string Extension, string Label, string ContentType)
{
    private static readonly ReportFormat[] Wanted =
    [
        new("html", "html", "Report (HTML)", "text/html; charset=utf-8"),
        new(PdfPrinter.Format, "pdf", "Report (PDF)", "application/pdf"),
        new("md", "md", "Report (Markdown)", "text/markdown; charset=utf-8"),
        new("csv", "csv", "Items (CSV)", "text/csv; charset=utf-8"),
        new("json", "json", "Report (JSON)", "application/json; charset=utf-8"),
    ];

    public static IReadOnlyList<ReportFormat> Available { get; } = [.. Wanted.Where(f => f.Format == PdfPrinter.Format || ReportWriters.Find(f.Format) is not null)];

    public static ReportFormat? ForExtension(string extension) =>
        Available.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));
}
