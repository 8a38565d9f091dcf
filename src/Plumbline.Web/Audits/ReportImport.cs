using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Reports.Json;
using Plumbline.Reports.Model;
using Plumbline.Web.Data;
using Plumbline.Web.Register;

namespace Plumbline.Web.Audits;

/// <summary>Merges a <c>plumb ... --format json</c> report into an engagement's register (the rules are <see cref="RegisterMerge"/>'s)
/// and compares it with the previous run of the same target (<see cref="RunProgress"/>).</summary>
/// <remarks>The source is the report's kind and target, so re-importing a report of the same kind and target
/// replaces that report's evidence rather than piling it up.</remarks>
internal static class ReportImport
{
    public const string SourcePrefix = "report:";

    public static string SourceOf(string kind, string target) => SourcePrefix + Fingerprint.Of(kind, target)[..12];

    /// <summary>Merges a report read back from an uploaded file.</summary>
    public static RegisterMerge.Outcome Apply(WorkspaceDb db, int engagementId, ImportedReport report, List<RegisterItem> items, DateTimeOffset now) =>
        Merge(db, engagementId, report.Kind, report.Target, report.GeneratedAt, report.Findings, report.Items, report.Metrics, items, now);

    /// <summary>Merges the report a job made, as it is: no JSON round trip.</summary>
    public static RegisterMerge.Outcome Apply(WorkspaceDb db, int engagementId, Report report, List<RegisterItem> items, DateTimeOffset now) =>
        Merge(db, engagementId, report.Kind, report.Target, report.GeneratedAt, report.Findings, report.Items, report.Metrics, items, now);

    private static RegisterMerge.Outcome Merge(
        WorkspaceDb db, int engagementId, string kind, string target, DateTimeOffset generatedAt,
        IReadOnlyList<Finding> findings, IReadOnlyList<Item> generated, JsonObject metrics, List<RegisterItem> items, DateTimeOffset now)
    {
        var source = SourceOf(kind, target);
        var progress = RunProgress.Before(db, engagementId, source, items);
        var outcome = RegisterMerge.Apply(db, engagementId, source, findings, generated, items, now);
        progress.After(kind, target, generatedAt, findings, metrics, items, now);
        return outcome;
    }
}
