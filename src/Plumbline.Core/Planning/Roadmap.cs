using Plumbline.Core.Items;

namespace Plumbline.Core.Planning;

/// <summary>The sequenced plan: what happens in which week, what was deferred and why.</summary>
/// <param name="Settings">The settings it was planned with.</param>
/// <param name="Scheduled">Scheduled items in start order.</param>
/// <param name="Deferred">Items that did not fit the budget, or wait on something that did not.</param>
/// <param name="NotScheduled">Items listed but not planned: Skip for now, done or dropped.</param>
public sealed record Roadmap(
    PlanSettings Settings,
    IReadOnlyList<ScheduledItem> Scheduled,
    IReadOnlyList<DeferredItem> Deferred,
    IReadOnlyList<DeferredItem> NotScheduled)
{
    /// <summary>The number of weeks the scheduled work spans.</summary>
    public int Weeks => Scheduled.Count == 0 ? 0 : Scheduled.Max(s => s.EndWeek);

    /// <summary>Total hours scheduled.</summary>
    public double TotalHours => Scheduled.Sum(s => s.Hours);

    /// <summary>Total money scheduled.</summary>
    public decimal TotalCost => Scheduled.Sum(s => s.Cost);

    /// <summary>The week an item starts, or null when it is not scheduled.</summary>
    public int? WeekOf(string itemId) => Scheduled.FirstOrDefault(s => s.Item.Id == itemId)?.StartWeek;

    /// <summary>The scheduled entry of an item, or null.</summary>
    public ScheduledItem? Find(Item item) => Scheduled.FirstOrDefault(s => s.Item.Id == item.Id);

    /// <summary>The items in the order the plan starts them: scheduled ones by when they start, then the others; items
    /// that start together, and the others, keep the order they were given in.</summary>
    /// <remarks>"Fix first" is the Do-now item the roadmap starts first: Do-now items are scheduled before the phases
    /// (see <see cref="RoadmapPlanner"/>), so it starts in week 1 unless something it depends on comes first.</remarks>
    public IReadOnlyList<Item> InPlanOrder(IEnumerable<Item> items)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Scheduled.Count; i++)
        {
            position.TryAdd(Scheduled[i].Item.Id, i);
        }

        return [.. items.OrderBy(item => position.TryGetValue(item.Id, out var p) ? p : int.MaxValue)];
    }
}
