using Plumbline.Core.Items;

namespace Plumbline.Core.Planning;

/// <summary>An item placed on the roadmap.</summary>
/// <param name="Item">The item.</param>
/// <param name="StartWeek">The 1-based week work starts.</param>
/// <param name="EndWeek">The 1-based week work ends.</param>
/// <param name="StartDate">The first day of <paramref name="StartWeek"/>.</param>
/// <param name="EndDate">The last day of <paramref name="EndWeek"/>.</param>
/// <param name="Hours">The hours planned.</param>
/// <param name="Cost">The money planned (zero without a rate or cost).</param>
public sealed record ScheduledItem(Item Item, int StartWeek, int EndWeek, DateOnly StartDate, DateOnly EndDate, double Hours, decimal Cost);
