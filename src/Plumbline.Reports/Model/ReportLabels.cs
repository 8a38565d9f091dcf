using Plumbline.Core.Items;
using Plumbline.Core.Scales;

namespace Plumbline.Reports.Model;

/// <summary>The words reports use for quadrants and statuses, so every format says the same thing.</summary>
public static class ReportLabels
{
    /// <summary>The summary heading for a quadrant: "Fix first", "Plan &amp; invest", "Quick wins", "Can wait".</summary>
    public static string SummaryHeading(Quadrant quadrant) => quadrant switch
    {
        Quadrant.DoNow => "Fix first",
        Quadrant.PlanAndInvest => "Plan & invest",
        Quadrant.QuickWins => "Quick wins",
        Quadrant.SkipForNow => "Can wait",
        _ => throw new ArgumentOutOfRangeException(nameof(quadrant)),
    };

    /// <summary>One sentence on what a quadrant means for the reader.</summary>
    public static string SummaryHint(Quadrant quadrant) => quadrant switch
    {
        Quadrant.DoNow => "High impact, little effort: start here.",
        Quadrant.PlanAndInvest => "High impact, real effort: plan and fund these.",
        Quadrant.QuickWins => "Small gains for small effort: fill spare hours.",
        Quadrant.SkipForNow => "Low impact for the effort: revisit later.",
        _ => throw new ArgumentOutOfRangeException(nameof(quadrant)),
    };

    /// <summary>The summary's quadrant order, laid out as the matrix is: top row, then bottom row.</summary>
    public static IReadOnlyList<Quadrant> SummaryOrder { get; } =
        [Quadrant.DoNow, Quadrant.PlanAndInvest, Quadrant.QuickWins, Quadrant.SkipForNow];

    /// <summary>The kebab key of a quadrant, for CSS classes and CLI options: <c>do-now</c>.</summary>
    public static string Key(Quadrant quadrant) => quadrant switch
    {
        Quadrant.DoNow => "do-now",
        Quadrant.PlanAndInvest => "plan-and-invest",
        Quadrant.QuickWins => "quick-wins",
        Quadrant.SkipForNow => "skip-for-now",
        _ => throw new ArgumentOutOfRangeException(nameof(quadrant)),
    };

    /// <summary>A status as a person reads it: "open", "in progress", "done", "dropped".</summary>
    public static string Status(ItemStatus status) => status switch
    {
        ItemStatus.Open => "open",
        ItemStatus.InProgress => "in progress",
        ItemStatus.Done => "done",
        ItemStatus.Dropped => "dropped",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
