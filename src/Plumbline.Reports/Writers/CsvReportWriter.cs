using System.Globalization;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;
using Plumbline.Reports.Progress;
using Plumbline.Reports.Writers.Csv;

namespace Plumbline.Reports.Writers;

/// <summary>The items as a spreadsheet: one row each in priority order, RFC 4180, safe against formula injection.</summary>
public sealed class CsvReportWriter : IReportWriter
{
    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "title", "quadrant", "impact", "effort", "phase", "week", "hours", "owner", "status", "findings", "recommendation"];

    /// <inheritdoc />
    public string Format => "csv";

    /// <inheritdoc />
    public string FileExtension => "csv";

    /// <summary>The header row of a comparison (<c>plumb compare</c>): one row per failing finding of either run.</summary>
    public static IReadOnlyList<string> ChangeColumns { get; } =
        ["change", "check", "recommendation", "severity", "location", "detail", "fingerprint"];

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer)
    {
        if (report.Comparison is { } comparison)
        {
            WriteChanges(writer, comparison);
            return;
        }

        WriteRow(writer, Columns);
        foreach (var plan in ItemPlan.Of(report))
        {
            var item = plan.Item;
            WriteRow(writer,
            [
                item.Id,
                item.Title,
                item.Quadrant.Label(),
                item.Impact.Value.ToString(CultureInfo.InvariantCulture),
                item.Effort.Value.ToString(CultureInfo.InvariantCulture),
                item.Phase.Label(),
                plan.Scheduled?.StartWeek.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                item.Hours.ToString("0.##", CultureInfo.InvariantCulture),
                item.Owner ?? string.Empty,
                ReportLabels.Status(item.Status),
                item.Findings.Count.ToString(CultureInfo.InvariantCulture),
                item.RecommendationId ?? string.Empty,
            ]);
        }
    }

    private static void WriteChanges(TextWriter writer, ReportComparison comparison)
    {
        WriteRow(writer, ChangeColumns);
        foreach (var c in comparison.Changes)
        {
            var f = c.Finding;
            WriteRow(writer, [c.Change.Key(), f.CheckId, f.RecommendationId, f.Severity.ToString(), f.Location.ToString(), f.Detail, f.Fingerprint]);
        }
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(CsvCell.Format(cells[i]));
        }

        // RFC 4180 records end with CRLF.
        writer.Write("\r\n");
    }
}
