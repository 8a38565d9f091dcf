using System.Globalization;
using Plumbline.Checks.Inventory;
using Plumbline.Reports.Pictures;
using Plumbline.Web.Data;

namespace Plumbline.Web.Inventory;

/// <summary>The portfolio as a <see cref="GridPicture"/>: technical fit across, business fit up, split at <see cref="Portfolio.HighFrom"/>.</summary>
/// <remarks>Drawn by the same renderer as the impact–effort matrix, so the two pictures read alike.</remarks>
internal static class PortfolioPicture
{
    /// <summary>The picture of the rated systems; a system not yet rated on both fits has no dot.</summary>
    public static GridPicture Of(IReadOnlyList<SystemEntry> systems, Func<SystemEntry, string> href)
    {
        var x = new GridAxis("Technical fit →", Portfolio.HighFrom, []);
        var y = new GridAxis("Business fit →", Portfolio.HighFrom, []);
        GridRegion[] regions =
        [
            Region(PortfolioQuadrant.Migrate, highX: false, highY: true),
            Region(PortfolioQuadrant.Invest, highX: true, highY: true),
            Region(PortfolioQuadrant.Eliminate, highX: false, highY: false),
            Region(PortfolioQuadrant.Tolerate, highX: true, highY: false),
        ];
        var dots = new List<GridDot>();
        foreach (var s in systems)
        {
            if (s is { BusinessFit: { } business, TechnicalFit: { } technical } && Portfolio.Of(business, technical) is { } q)
            {
                var tooltip = $"{s.Name} — {q} · business fit {business} · technical fit {technical}";
                KeyValuePair<string, string>[] data =
                [
                    new("system-id", s.Id.ToString(CultureInfo.InvariantCulture)),
                    new("quadrant", q.ToString()),
                ];
                dots.Add(new GridDot(technical, business, ClassOf(q), ToneOf(q), null, s.Name, tooltip, href(s), data));
            }
        }

        return new GridPicture("portfolio", "Business fit versus technical fit: Tolerate, Invest, Migrate, Eliminate", x, y, regions, dots);
    }

    private static GridRegion Region(PortfolioQuadrant q, bool highX, bool highY) =>
        new(q.ToString(), q.ToString(), ClassOf(q), ToneOf(q), highX, highY);

    private static string ClassOf(PortfolioQuadrant q) => q switch
    {
        PortfolioQuadrant.Invest => "p-invest",
        PortfolioQuadrant.Migrate => "p-migrate",
        PortfolioQuadrant.Eliminate => "p-eliminate",
        _ => "p-tolerate",
    };

    // Invest is the good corner like Quick wins, Eliminate the urgent one like Do now.
    private static GridTone ToneOf(PortfolioQuadrant q) => q switch
    {
        PortfolioQuadrant.Invest => GridTone.Green,
        PortfolioQuadrant.Migrate => GridTone.Amber,
        PortfolioQuadrant.Eliminate => GridTone.Red,
        _ => GridTone.Grey,
    };
}
