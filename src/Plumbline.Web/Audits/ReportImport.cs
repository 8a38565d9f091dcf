using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Reports.Json;
using Plumbline.Web.Data;

namespace Plumbline.Web.Audits;

/// <summary>Merges a <c>plumb ... --format json</c> report into an engagement's register.</summary>
/// <remarks>Items are matched by id: an item already in the register keeps the consultant's ratings, status and
/// owner and gets the report's evidence; a new one is added as the report rated it. Re-importing a report
/// of the same kind and target replaces that report's evidence rather than piling it up.</remarks>
internal static class ReportImport
{
    public sealed record Outcome(int Added, int Updated, int Findings);

    public static string SourceOf(ImportedReport report) => "report:" + Fingerprint.Of(report.Kind, report.Target)[..12];

    public static Outcome Apply(WorkspaceDb db, int engagementId, ImportedReport report, List<RegisterItem> items, DateTimeOffset now)
    {
        var source = SourceOf(report);
        db.Findings.RemoveRange(db.Findings.Where(f => f.EngagementId == engagementId && f.Source == source));
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        int added = 0, updated = 0;
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in report.Items)
        {
            if (!byKey.TryGetValue(item.Id, out var stored))
            {
                stored = new RegisterItem
                {
                    EngagementId = engagementId,
                    Key = item.Id,
                    Title = item.Title,
                    Description = item.Description,
                    RecommendationId = item.RecommendationId,
                    Impact = item.Impact.Value,
                    Effort = item.Effort.Value,
                    Phase = item.Phase,
                    Status = item.Status,
                    Origin = item.Origin == ItemOrigin.Manual ? ItemOrigin.Findings : item.Origin,
                    Owner = item.Owner,
                    EstimateHours = item.EstimateHours,
                    UpdatedAt = now,
                };
                db.Items.Add(stored);
                items.Add(stored);
                byKey[stored.Key] = stored;
                added++;
            }
            else
            {
                updated++;
            }

            foreach (var f in item.Findings)
            {
                stored.Findings.Add(StoredFinding.From(f, engagementId, source));
                placed.Add(f.Fingerprint + "|" + f.CheckId);
            }
        }

        // Passes and anything not attached to an item are kept with the engagement, for the report's "what is working".
        foreach (var f in report.Findings.Where(f => !placed.Contains(f.Fingerprint + "|" + f.CheckId)))
        {
            db.Findings.Add(StoredFinding.From(f, engagementId, source));
        }

        return new Outcome(added, updated, report.Findings.Count);
    }
}
