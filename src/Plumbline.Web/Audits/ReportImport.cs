using Plumbline.Core.Findings;
using Plumbline.Reports.Json;
using Plumbline.Web.Data;
using Plumbline.Web.Register;

namespace Plumbline.Web.Audits;

/// <summary>Merges a <c>plumb ... --format json</c> report into an engagement's register (the rules are <see cref="RegisterMerge"/>'s).</summary>
/// <remarks>The source is the report's kind and target, so re-importing a report of the same kind and target
/// replaces that report's evidence rather than piling it up.</remarks>
internal static class ReportImport
{
    public const string SourcePrefix = "report:";

    public static string SourceOf(ImportedReport report) => SourcePrefix + Fingerprint.Of(report.Kind, report.Target)[..12];

    public static RegisterMerge.Outcome Apply(WorkspaceDb db, int engagementId, ImportedReport report, List<RegisterItem> items, DateTimeOffset now) =>
        RegisterMerge.Apply(db, engagementId, SourceOf(report), report.Findings, report.Items, items, now);
}
