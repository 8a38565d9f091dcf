using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;

namespace Plumbline.Core.Items;

/// <summary>Turns findings into register items: one item per recommendation that failing findings feed.</summary>
public static class ItemsFromFindings
{
    /// <summary>Groups failing findings by recommendation, one item each, with the user's re-ratings applied.</summary>
    /// <remarks>A finding whose recommendation is missing from the catalog is a bug in a check and throws.</remarks>
    public static IReadOnlyList<Item> Build(
        IEnumerable<Finding> findings,
        RecommendationCatalog catalog,
        IReadOnlyDictionary<string, Rating>? ratings = null,
        ItemOrigin origin = ItemOrigin.Findings)
    {
        var items = new List<Item>();
        foreach (var group in findings.Where(f => f.NeedsAction).GroupBy(f => f.RecommendationId, StringComparer.Ordinal))
        {
            var recommendation = catalog.Get(group.Key);
            var rating = ratings?.GetValueOrDefault(recommendation.Id);
            var evidence = group.ToList();
            items.Add(new Item(
                recommendation.Id,
                recommendation.Title,
                rating?.Impact ?? recommendation.Impact,
                rating?.Effort ?? recommendation.Effort,
                recommendation.Phase)
            {
                Description = recommendation.Why,
                RecommendationId = recommendation.Id,
                Origin = origin,
                Findings = evidence,
            });
        }

        return items;
    }
}
