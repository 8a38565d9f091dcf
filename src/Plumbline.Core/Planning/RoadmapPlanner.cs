using System.Globalization;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;

namespace Plumbline.Core.Planning;

/// <summary>Schedules items into weeks by priority, phase, dependencies, capacity and budget.</summary>
/// <remarks>
/// Work is treated as one stream of hours at the weekly capacity (a small business has one
/// person or one contractor doing this). Do-now items are the immediate fixes: they, and what they
/// depend on, come first in priority order whatever phase their recommendation is filed under, so the
/// matrix's "do these now" and the roadmap's first weeks say the same. Among the remaining items whose
/// dependencies are finished, the next is the one in the earliest phase, then by priority (see
/// <see cref="Prioritiser"/>).
/// An item that would overrun the budget is deferred with the reason, and so is everything that
/// depends on it. A dependency cycle is an error naming the items in it.
/// </remarks>
public static class RoadmapPlanner
{
    /// <summary>Plans the items; fails when dependencies name unknown items or form a cycle, or the start is outside
    /// <see cref="SaneDates"/>.</summary>
    public static ParseResult<Roadmap> Plan(IReadOnlyList<Item> items, PlanSettings settings, string source = "register")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.CapacityHoursPerWeek);
        var byId = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(item.Id, item);
        }

        var errors = new List<InputError>();
        if (!SaneDates.Contains(settings.Start))
        {
            errors.Add(new InputError(source, $"the plan starts on {settings.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; {SaneDates.Describe("the start").ToLowerInvariant()}"));
        }
        else if (EndsAfterLatest(items, settings) is { } weeks)
        {
            errors.Add(new InputError(source, string.Format(CultureInfo.InvariantCulture, "the items need {0:#,0} weeks at {1:0.#} h a week, past the year 9999; check the estimates and the capacity", weeks, settings.CapacityHoursPerWeek)));
        }

        foreach (var item in items)
        {
            foreach (var dep in item.DependsOn.Where(d => !byId.ContainsKey(d)))
            {
                errors.Add(new InputError(source, $"item '{item.Id}' depends on '{dep}', which is not in the register"));
            }
        }

        var cycle = DependencyCycle.Find(items);
        if (cycle is not null)
        {
            errors.Add(new InputError(source, $"dependency cycle: {string.Join(" -> ", cycle)} (remove one of these depends-on links)"));
        }

        if (errors.Count > 0)
        {
            return ParseResult<Roadmap>.Fail(errors);
        }

        return ParseResult<Roadmap>.Ok(Schedule(items, byId, settings));
    }

    private static Roadmap Schedule(IReadOnlyList<Item> items, Dictionary<string, Item> byId, PlanSettings settings)
    {
        var notScheduled = new List<DeferredItem>();
        var candidates = new List<Item>();
        foreach (var item in Prioritiser.Order(items))
        {
            if (!item.IsActive)
            {
                notScheduled.Add(new DeferredItem(item, item.Status == ItemStatus.Done ? "Done" : "Dropped"));
            }
            else if (item.Quadrant == Quadrant.SkipForNow && !settings.IncludeSkipForNow)
            {
                notScheduled.Add(new DeferredItem(item, "Skip for now: low impact for the effort"));
            }
            else
            {
                candidates.Add(item);
            }
        }

        var waiting = candidates.ToHashSet();
        var rank = candidates.Select((item, index) => (item, index)).ToDictionary(x => x.item, x => x.index);
        var immediate = Immediate(candidates, byId);
        var finished = new HashSet<string>(items.Where(i => i.Status == ItemStatus.Done).Select(i => i.Id), StringComparer.Ordinal);
        var blocked = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in notScheduled.Where(n => n.Item.Status != ItemStatus.Done))
        {
            blocked[n.Item.Id] = n.Item.Quadrant == Quadrant.SkipForNow && n.Item.IsActive ? "is skipped for now" : "was dropped";
        }

        var scheduled = new List<ScheduledItem>();
        var deferred = new List<DeferredItem>();
        double cursor = 0, hoursSpent = 0;
        decimal moneySpent = 0;
        var budget = settings.Budget;

        while (waiting.Count > 0)
        {
            // Anything waiting on a blocked item is deferred, with the reason traced to the first blocker.
            var newlyBlocked = blocked.Count == 0 ? [] : waiting
                .Select(i => (Item: i, Blocker: i.DependsOn.FirstOrDefault(blocked.ContainsKey)))
                .Where(x => x.Blocker is not null)
                .ToList();
            foreach (var (item, blocker) in newlyBlocked)
            {
                waiting.Remove(item);
                var reason = $"Waits on '{byId[blocker!].Title}', which {blocked[blocker!]}";
                deferred.Add(new DeferredItem(item, reason));
                blocked[item.Id] = "is deferred";
            }

            // Priority rank is computed once; each step is a linear scan, not a sort.
            var next = waiting
                .Where(i => i.DependsOn.All(finished.Contains))
                .MinBy(i => immediate.Contains(i.Id) ? (0, 0, rank[i]) : (1, (int)i.Phase, rank[i]));
            if (next is null)
            {
                if (newlyBlocked.Count > 0)
                {
                    continue;
                }

                break; // Unreachable after cycle detection; kept so a bug cannot loop forever.
            }

            waiting.Remove(next);
            var hours = next.Hours;
            var cost = budget?.CostOf(next) ?? 0m;
            var overHours = budget?.Hours is { } h && hoursSpent + hours > h + 1e-9;
            var overMoney = budget?.Money is { } m && moneySpent + cost > m;
            if (overHours || overMoney)
            {
                deferred.Add(new DeferredItem(next, OverBudgetReason(next, hours, cost, hoursSpent, moneySpent, budget!, overHours)));
                blocked[next.Id] = "is deferred for budget";
                continue;
            }

            var startWeek = WeekAt(cursor, settings.CapacityHoursPerWeek);
            var endWeek = hours <= 0 ? startWeek : WeekAt(cursor + hours - 1e-9, settings.CapacityHoursPerWeek);
            scheduled.Add(new ScheduledItem(
                next,
                startWeek,
                endWeek,
                settings.Start.AddDays((startWeek - 1) * 7),
                settings.Start.AddDays((endWeek * 7) - 1),
                hours,
                cost));
            cursor += hours;
            hoursSpent += hours;
            moneySpent += cost;
            finished.Add(next.Id);
        }

        return new Roadmap(settings, scheduled, deferred, notScheduled);
    }

    /// <summary>The weeks all schedulable work would take when that runs past the calendar's last day, else null:
    /// an estimate of 10000 weeks at half an hour a week overflowed the week arithmetic (an internal error).</summary>
    private static double? EndsAfterLatest(IReadOnlyList<Item> items, PlanSettings settings)
    {
        var hours = items.Where(i => i.IsActive && (i.Quadrant != Quadrant.SkipForNow || settings.IncludeSkipForNow)).Sum(i => Math.Max(0, i.Hours));
        var weeks = Math.Ceiling(hours / settings.CapacityHoursPerWeek);
        var daysLeft = DateOnly.MaxValue.DayNumber - settings.Start.DayNumber;
        return weeks * 7 > daysLeft ? weeks : null;
    }

    /// <summary>The ids of the Do-now items and of everything they depend on, directly or not.</summary>
    private static HashSet<string> Immediate(List<Item> candidates, Dictionary<string, Item> byId)
    {
        var immediate = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<Item>(candidates.Where(i => i.Quadrant == Quadrant.DoNow));
        while (stack.TryPop(out var item))
        {
            if (immediate.Add(item.Id))
            {
                foreach (var dep in item.DependsOn)
                {
                    stack.Push(byId[dep]);
                }
            }
        }

        return immediate;
    }

    private static int WeekAt(double hours, double capacity) => (int)Math.Floor(hours / capacity) + 1;

    private static string OverBudgetReason(Item item, double hours, decimal cost, double hoursSpent, decimal moneySpent, Budget budget, bool overHours)
    {
        var inv = CultureInfo.InvariantCulture;
        if (overHours)
        {
            var left = Math.Max(0, budget.Hours!.Value - hoursSpent);
            return string.Format(inv, "Over budget: needs {0:0.#} h, {1:0.#} h of the {2:0.#} h budget left", hours, left, budget.Hours);
        }

        var currency = budget.Currency is { Length: > 0 } c ? c + " " : string.Empty;
        var leftMoney = Math.Max(0, budget.Money!.Value - moneySpent);
        return string.Format(inv, "Over budget: costs {0}{1:#,0}, {0}{2:#,0} of the {0}{3:#,0} budget left", currency, cost, leftMoney, budget.Money);
    }
}
