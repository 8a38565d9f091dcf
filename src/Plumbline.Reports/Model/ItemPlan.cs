using Plumbline.Core.Items;
using Plumbline.Core.Planning;

namespace Plumbline.Reports.Model;

/// <summary>Where one item landed in the plan: its weeks when scheduled, or the reason it was not.</summary>
/// <param name="Item">The item.</param>
/// <param name="Scheduled">Its roadmap entry, or null.</param>
/// <param name="Reason">Why it is deferred or not scheduled, or null when scheduled.</param>
public sealed record ItemPlan(Item Item, ScheduledItem? Scheduled, string? Reason)
{
    /// <summary>The plan of every item of the report, in the report's (priority) order.</summary>
    public static IReadOnlyList<ItemPlan> Of(Report report)
    {
        var scheduled = new Dictionary<string, ScheduledItem>(StringComparer.Ordinal);
        foreach (var s in report.Roadmap.Scheduled)
        {
            scheduled.TryAdd(s.Item.Id, s);
        }

        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in report.Roadmap.Deferred.Concat(report.Roadmap.NotScheduled))
        {
            reasons.TryAdd(d.Item.Id, d.Reason);
        }

        return [.. report.Items.Select(i => new ItemPlan(i, scheduled.GetValueOrDefault(i.Id), scheduled.ContainsKey(i.Id) ? null : reasons.GetValueOrDefault(i.Id)))];
    }

    /// <summary>"3" or "3–5", or an empty string when not scheduled.</summary>
    public string Weeks => Scheduled is null
        ? string.Empty
        : Scheduled.StartWeek == Scheduled.EndWeek
            ? Scheduled.StartWeek.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Scheduled.StartWeek}–{Scheduled.EndWeek}");
}
