namespace Plumbline.Core.Planning;

/// <summary>What the roadmap may spend: hours, money, or both. Items that do not fit are deferred.</summary>
/// <param name="Hours">Total hours available, if limited.</param>
/// <param name="Money">Total money available, if limited.</param>
/// <param name="HourlyRate">Money per hour, used for items with no cost of their own.</param>
/// <param name="Currency">A currency code or symbol for display, e.g. USD.</param>
public sealed record Budget(double? Hours = null, decimal? Money = null, decimal? HourlyRate = null, string? Currency = null)
{
    /// <summary>The money an item costs: its own cost, or its hours at the hourly rate.</summary>
    public decimal CostOf(Items.Item item) => item.Cost ?? (HourlyRate ?? 0m) * (decimal)item.Hours;
}
