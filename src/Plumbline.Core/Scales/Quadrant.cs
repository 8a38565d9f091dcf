namespace Plumbline.Core.Scales;

/// <summary>Where an item sits on the impact-versus-effort matrix.</summary>
public enum Quadrant
{
    /// <summary>High impact, low effort: fix first.</summary>
    DoNow,

    /// <summary>High impact, high effort: worth planning and funding.</summary>
    PlanAndInvest,

    /// <summary>Low impact, low effort: do when there is a spare hour.</summary>
    QuickWins,

    /// <summary>Low impact, high effort: can wait.</summary>
    SkipForNow,
}
