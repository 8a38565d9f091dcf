using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;

namespace Plumbline.Web.Register;

/// <summary>Stored register rows to Core items, so Core's prioritiser and planner do the thinking.</summary>
internal static class ItemMapping
{
    public static List<Item> ToCore(IReadOnlyList<RegisterItem> items)
    {
        // Items added but not yet saved (an import being checked before it is written) all have id 0; none can be depended on by id yet.
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
}
