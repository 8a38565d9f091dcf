using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;

namespace Plumbline.Web.Register;

/// <summary>Stored register rows to Core items, so Core's prioritiser and planner do the thinking, and generated items to new rows.</summary>
internal static class ItemMapping
{
    public static List<Item> ToCore(IReadOnlyList<RegisterItem> items)
    {
        // Items added but not yet saved all have id 0 (a merge can add several before the one save), so only saved ids are keys.
        var keys = items.Where(i => i.Id != 0).ToDictionary(i => i.Id, i => i.Key);
        return [.. items.Select(i => ToCore(i, keys))];
    }

    public static Item ToCore(RegisterItem i, IReadOnlyDictionary<int, string> keys) =>
        new(i.Key, i.Title, new Impact(i.Impact), new Effort(i.Effort), i.Phase)
        {
            Description = i.Description,
            RecommendationId = i.RecommendationId,
            Owner = i.Owner,
            EstimateHours = i.EstimateHours,
            Status = i.Status,
            Origin = i.Origin,
            DependsOn = [.. i.DependsOn.Select(d => keys.GetValueOrDefault(d.DependsOnId)).OfType<string>()],
            Findings = [.. i.Findings.Select(f => f.ToFinding())],
        };

    /// <summary>A new register row for an item generated from findings (its evidence is attached by the caller).</summary>
    public static RegisterItem ToStored(Item item, int engagementId, ItemOrigin origin, DateTimeOffset now) => new()
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
        Origin = origin,
        Owner = item.Owner,
        EstimateHours = item.EstimateHours,
        UpdatedAt = now,
    };
}
