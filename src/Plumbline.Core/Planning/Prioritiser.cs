using Plumbline.Core.Items;
using Plumbline.Core.Scales;

namespace Plumbline.Core.Planning;

/// <summary>Orders items within each quadrant: what to fix first, and why.</summary>
/// <remarks>Within a quadrant: higher impact first, then lower effort, then earlier phase, then more
/// evidence, then title. Quadrants are listed Do now, Quick wins, Plan &amp; invest, Skip for now —
/// the order a small business should spend its next hours in.</remarks>
public static class Prioritiser
{
    /// <summary>The quadrants in the order work should be taken.</summary>
    public static IReadOnlyList<Quadrant> QuadrantOrder { get; } =
        [Quadrant.DoNow, Quadrant.QuickWins, Quadrant.PlanAndInvest, Quadrant.SkipForNow];

    /// <summary>Compares two items in priority order (smaller first).</summary>
    public static int Compare(Item a, Item b)
    {
        var c = Rank(a.Quadrant).CompareTo(Rank(b.Quadrant));
        if (c != 0) return c;
        c = b.Impact.Value.CompareTo(a.Impact.Value);
        if (c != 0) return c;
        c = a.Effort.Value.CompareTo(b.Effort.Value);
        if (c != 0) return c;
        c = a.Phase.CompareTo(b.Phase);
        if (c != 0) return c;
        c = b.Findings.Count.CompareTo(a.Findings.Count);
        if (c != 0) return c;
        c = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>All items in priority order.</summary>
    public static IReadOnlyList<Item> Order(IEnumerable<Item> items)
    {
        var list = items.ToList();
        list.Sort(Compare);
        return list;
    }

    /// <summary>The items of each quadrant in priority order; every quadrant is present, maybe empty.</summary>
    public static IReadOnlyDictionary<Quadrant, IReadOnlyList<Item>> ByQuadrant(IEnumerable<Item> items)
    {
        var ordered = Order(items);
        return QuadrantOrder.ToDictionary(q => q, q => (IReadOnlyList<Item>)[.. ordered.Where(i => i.Quadrant == q)]);
    }

    internal static int Rank(Quadrant q) => q switch
    {
        Quadrant.DoNow => 0,
        Quadrant.QuickWins => 1,
        Quadrant.PlanAndInvest => 2,
        _ => 3,
    };
}
