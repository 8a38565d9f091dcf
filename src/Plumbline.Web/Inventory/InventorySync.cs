using Plumbline.Checks.Inventory;
using Plumbline.Core.Items;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Register;
using Plumbline.Web.Data;
using Plumbline.Web.Register;

namespace Plumbline.Web.Inventory;

/// <summary>Keeps the register in step with the inventory: run after every inventory change, before the one save.</summary>
/// <remarks>
/// Items are keyed by recommendation id. A new recommendation with failing findings adds an item at the
/// catalog's rating; an existing item keeps the user's edits and gets fresh evidence. An inventory item
/// whose findings all pass now is marked done; it reopens if they fail again.
/// </remarks>
public static class InventorySync
{
    public const string Source = "inventory";

    public static void Apply(WorkspaceDb db, int engagementId, InventorySnapshot inventory, List<RegisterItem> items, DateTimeOffset now)
    {
        var findings = InventoryChecks.Run(inventory);
        var generated = ItemsFromFindings.Build(findings, RecommendationCatalog.BuiltIn, origin: ItemOrigin.Inventory);

        db.Findings.RemoveRange(db.Findings.Where(f => f.EngagementId == engagementId && f.Source == Source));
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        foreach (var item in generated)
        {
            // An item for the same recommendation under another key (a consultant's "admin-mfa") gets this evidence too.
            var stored = byKey.GetValueOrDefault(item.Id) ?? RegisterMerge.SameRecommendation(items, item);
            if (stored is null)
            {
                stored = ItemMapping.ToStored(item, engagementId, ItemOrigin.Inventory, now);
                items.Add(stored);
                db.Items.Add(stored);
            }
            else if (stored.Origin == ItemOrigin.Inventory && stored.Status == ItemStatus.Done)
            {
                stored.Status = ItemStatus.Open;
                stored.UpdatedAt = now;
            }

            byKey[item.Id] = stored;
        }

        var failing = generated.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in items.Where(i => i.Origin == ItemOrigin.Inventory && i.IsActive() && !failing.Contains(i.Key)))
        {
            stale.Status = ItemStatus.Done;
            stale.UpdatedAt = now;
        }

        foreach (var f in findings)
        {
            var row = StoredFinding.From(f, engagementId, Source);
            if (f.NeedsAction && byKey.TryGetValue(f.RecommendationId, out var owner))
            {
                owner.Findings.Add(row);
            }
            else
            {
                db.Findings.Add(row);
            }
        }
    }

    internal static bool IsActive(this RegisterItem item) => item.Status is ItemStatus.Open or ItemStatus.InProgress;

    /// <summary>A key for a new manual item: the title's slug, made unique in the register.</summary>
    public static string NewKey(string title, IEnumerable<string> existing)
    {
        var taken = existing.ToHashSet(StringComparer.Ordinal);
        var slug = Slug.Of(title);
        if (slug.Length == 0)
        {
            slug = "item";
        }

        var key = slug;
        for (var n = 2; taken.Contains(key); n++)
        {
            key = $"{slug}-{n}";
        }

        return key;
    }
}
