using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Web.Data;

namespace Plumbline.Web.Register;

/// <summary>Merges generated items and their findings from one source (an assessment, a report) into an engagement's register.</summary>
/// <remarks>Items are matched by key: an item already in the register keeps the consultant's ratings, status,
/// owner and dependencies and gets the new evidence; a new one is added as generated. The source's earlier
/// findings are removed first, so merging the same source again replaces its evidence instead of piling it up.
/// Used by report imports (Audits/ReportImport.cs), audit jobs and assessment scoring.</remarks>
internal static class RegisterMerge
{
    public sealed record Outcome(int Added, int Updated, int Findings);

    /// <summary>The register's item for the same recommendation under another key (a consultant's "admin-mfa" written
    /// for enforce-mfa-for-admins), so one recommendation reached from two sources stays one item with both evidences.</summary>
    public static RegisterItem? SameRecommendation(IEnumerable<RegisterItem> items, Item generated) =>
        generated.RecommendationId is { } id ? items.FirstOrDefault(i => string.Equals(i.RecommendationId, id, StringComparison.Ordinal)) : null;

    /// <summary>Stages the merge on <paramref name="db"/> (nothing is saved) and adds new items to <paramref name="items"/>.</summary>
    public static Outcome Apply(WorkspaceDb db, int engagementId, string source, IReadOnlyList<Finding> findings, IReadOnlyList<Item> generated, List<RegisterItem> items, DateTimeOffset now)
    {
        db.Findings.RemoveRange(db.Findings.Where(f => f.EngagementId == engagementId && f.Source == source));
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        int added = 0, updated = 0;
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in generated)
        {
            var stored = byKey.GetValueOrDefault(item.Id) ?? SameRecommendation(items, item);
            if (stored is null)
            {
                stored = ItemMapping.ToStored(item, engagementId, item.Origin == ItemOrigin.Manual ? ItemOrigin.Findings : item.Origin, now);
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

        // Passes, inconclusive results and anything not attached to an item stay with the engagement, for "what is working".
        foreach (var f in findings.Where(f => !placed.Contains(f.Fingerprint + "|" + f.CheckId)))
        {
            db.Findings.Add(StoredFinding.From(f, engagementId, source));
        }

        return new Outcome(added, updated, findings.Count);
    }
}
