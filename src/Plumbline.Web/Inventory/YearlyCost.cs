using Plumbline.Web.Data;

namespace Plumbline.Web.Inventory;

/// <summary>What the systems cost in a year in one currency. Different currencies are never added together: there is
/// no exchange rate here, and a total that mixes them is wrong by an unknown amount.</summary>
public sealed record YearlyCost(string Currency, decimal Total, int Systems)
{
    /// <summary>A monthly cost counts twelve times. Systems with no currency are counted in <paramref name="fallbackCurrency"/>
    /// (the engagement's), or under "no currency" when there is none; systems with no cost are left out.</summary>
    public static IReadOnlyList<YearlyCost> Of(IEnumerable<SystemEntry> systems, string? fallbackCurrency)
    {
        var fallback = string.IsNullOrWhiteSpace(fallbackCurrency) ? NoCurrency : fallbackCurrency.Trim().ToUpperInvariant();
        return [.. systems.Where(s => s.Cost is not null)
            .GroupBy(s => s.Currency ?? fallback, StringComparer.Ordinal)
            .Select(g => new YearlyCost(g.Key, g.Sum(s => s.CostPeriod == CostPeriod.Month ? s.Cost!.Value * 12 : s.Cost!.Value), g.Count()))
            .OrderByDescending(c => c.Total).ThenBy(c => c.Currency, StringComparer.Ordinal)];
    }

    public const string NoCurrency = "no currency";
}
