using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Reports.Writers.Html;

namespace Plumbline.Reports.Pictures;

/// <summary>The impact–effort matrix as a <see cref="GridPicture"/>: effort across, impact up, split by <see cref="QuadrantRules"/>.</summary>
/// <remarks>The report and the web workspace both build it here, so the same items give the same picture; only
/// where a dot links to differs (an anchor in the report, the item's page on the web).</remarks>
public static class MatrixPicture
{
    /// <summary>The matrix of the items, one dot each, numbered in priority order.</summary>
    /// <param name="items">The items to draw; the caller decides which (both callers pass the active ones).</param>
    /// <param name="numbers">Item id → priority number, as the page or report around the picture lists them.</param>
    /// <param name="href">Where each item's dot links to.</param>
    public static GridPicture Of(IReadOnlyList<Item> items, IReadOnlyDictionary<string, int> numbers, Func<Item, string> href)
    {
        var x = new GridAxis("Effort →", QuadrantRules.HighEffortFrom, [.. Enumerable.Range(1, 5).Select(l => new Effort(l).Name)]);
        var y = new GridAxis("Impact →", QuadrantRules.HighImpactFrom, [.. Enumerable.Range(1, 5).Select(l => new Impact(l).Name)]);
        GridRegion[] regions =
        [
            Region(Quadrant.DoNow, highX: false, highY: true),
            Region(Quadrant.PlanAndInvest, highX: true, highY: true),
            Region(Quadrant.QuickWins, highX: false, highY: false),
            Region(Quadrant.SkipForNow, highX: true, highY: false),
        ];
        var dots = items.Select(item => Dot(item, numbers.GetValueOrDefault(item.Id), href(item))).ToList();
        return new GridPicture("matrix", "Impact–effort matrix: impact up, effort to the right; each numbered dot is an open item", x, y, regions, dots);
    }

    private static GridRegion Region(Quadrant q, bool highX, bool highY) =>
        new(q.ToString(), q.Label(), Palette.QuadrantClass(q), ToneOf(q), highX, highY);

    private static GridDot Dot(Item item, int number, string href)
    {
        var q = item.Quadrant;
        var tooltip = $"{number}. {item.Title} — {q.Label()} · impact {item.Impact} · effort {item.Effort}";
        KeyValuePair<string, string>[] data =
        [
            new("item-id", item.Id),
            new("impact", Numbers.I(item.Impact.Value)),
            new("effort", Numbers.I(item.Effort.Value)),
            new("quadrant", q.ToString()),
        ];
        return new GridDot(item.Effort.Value, item.Impact.Value, Palette.QuadrantClass(q), ToneOf(q), number, item.Title, tooltip, href, data);
    }

    private static GridTone ToneOf(Quadrant q) => q switch
    {
        Quadrant.DoNow => GridTone.Red,
        Quadrant.PlanAndInvest => GridTone.Amber,
        Quadrant.QuickWins => GridTone.Green,
        _ => GridTone.Grey,
    };
}
