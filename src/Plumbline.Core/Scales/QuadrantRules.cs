namespace Plumbline.Core.Scales;

/// <summary>The thresholds that place an item in a quadrant; the quadrant is always derived, never stored.</summary>
public static class QuadrantRules
{
    /// <summary>Impact at or above this level is "high impact" (Moderate and above).</summary>
    public const int HighImpactFrom = 3;

    /// <summary>Effort at or above this level is "high effort" (Medium — a few days — and above).</summary>
    public const int HighEffortFrom = 3;

    /// <summary>The quadrant for an impact and effort.</summary>
    public static Quadrant Of(Impact impact, Effort effort)
    {
        var highImpact = impact.Value >= HighImpactFrom;
        var highEffort = effort.Value >= HighEffortFrom;
        return (highImpact, highEffort) switch
        {
            (true, false) => Quadrant.DoNow,
            (true, true) => Quadrant.PlanAndInvest,
            (false, false) => Quadrant.QuickWins,
            (false, true) => Quadrant.SkipForNow,
        };
    }

    /// <summary>The label a person reads: "Do now", "Plan &amp; invest", "Quick wins", "Skip for now".</summary>
    public static string Label(this Quadrant quadrant) => quadrant switch
    {
        Quadrant.DoNow => "Do now",
        Quadrant.PlanAndInvest => "Plan & invest",
        Quadrant.QuickWins => "Quick wins",
        Quadrant.SkipForNow => "Skip for now",
        _ => throw new ArgumentOutOfRangeException(nameof(quadrant)),
    };

    /// <summary>Reads a quadrant from its enum name, label or a kebab form such as <c>do-now</c>.</summary>
    public static bool TryParse(string? text, out Quadrant quadrant)
    {
        var key = Normalise(text);
        foreach (var q in Enum.GetValues<Quadrant>())
        {
            if (Normalise(q.ToString()) == key || Normalise(q.Label()) == key)
            {
                quadrant = q;
                return true;
            }
        }

        quadrant = default;
        return false;
    }

    /// <summary>Order of urgency used for <c>--fail-on</c>: Do now is the most urgent.</summary>
    public static int Urgency(this Quadrant quadrant) => quadrant switch
    {
        Quadrant.DoNow => 3,
        Quadrant.PlanAndInvest => 2,
        Quadrant.QuickWins => 1,
        _ => 0,
    };

    private static string Normalise(string? text) =>
        new((text ?? string.Empty).Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
