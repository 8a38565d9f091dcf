using System.Text.Json;
using Plumbline.Reports.Pdf;
using Plumbline.Reports.Writers;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;
using Plumbline.Web.Transfer;

namespace Plumbline.Web.Register;

/// <summary>Downloads: the engagement's report in each format, and the engagement backup for <c>plumb import</c>.</summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/engagements/{engagementId:engagement}");
        group.MapGet("/report.{extension}", Report);
        group.MapGet("/export.json", Backup);
    }

    private static async Task<IResult> Report(HttpContext context, string extension, RegisterService register, CancellationToken ct)
    {
        var format = ReportFormat.ForExtension(extension);
        if (format is null)
        {
            return Results.NotFound();
        }

        var engagement = EngagementScope.Of(context).Engagement;
        var report = await register.ReportAsync(engagement, ct);
        if (!report.Success)
        {
            return Results.Problem(
                title: "The register cannot be planned",
                detail: string.Join("; ", report.Errors),
                statusCode: StatusCodes.Status409Conflict);
        }

        if (format.Format == PdfPrinter.Format)
        {
            return await Pdf(report.Value, $"{FileName(engagement)}.pdf", ct);
        }

        var writer = ReportWriters.Find(format.Format)!;
        using var text = new StringWriter();
        writer.Write(report.Value, text);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), format.ContentType, $"{FileName(engagement)}.{format.Extension}");
    }

    /// <summary>The report printed by the server's Chromium; without one, a 503 that says how to install it.</summary>
    private static async Task<IResult> Pdf(Reports.Model.Report report, string fileName, CancellationToken ct)
    {
        var printer = PdfPrinter.Locate();
        var printed = printer.Success ? await printer.Value.PrintAsync(report, ct) : null;
        if (printed is not { Success: true })
        {
            return Results.Problem(
                title: "This server cannot print PDFs",
                detail: string.Join("; ", (printed ?? ParseFailure(printer)).Errors.Select(e => e.Message)) + ". Download the HTML report and print it from a browser meanwhile.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.File(printed.Value, "application/pdf", fileName);
    }

    private static Core.Input.ParseResult<byte[]> ParseFailure(Core.Input.ParseResult<PdfPrinter> failed) =>
        Core.Input.ParseResult<byte[]>.Fail(failed.Errors);

    private static async Task<IResult> Backup(HttpContext context, WorkspaceDb db, CancellationToken ct)
    {
        var doc = await EngagementExporter.ExportAsync(db, EngagementScope.Of(context).Id, ct);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(doc, TransferJson.Options);
        return Results.File(bytes, "application/json", $"{FileName(doc!.Engagement.Name)}-engagement.json");
    }

    private static string FileName(Engagement e) => FileName(e.Name);

    private static string FileName(string name)
    {
        var slug = Core.Register.Slug.Of(name);
        return slug.Length == 0 ? "engagement" : slug;
    }
}
