namespace Plumbline.Checks.Site;

/// <summary>One line of the score: a penalty (negative) or a bonus (positive), and why.</summary>
/// <param name="Rule">The rule's id, as in docs/site.md.</param>
/// <param name="Points">Points added or taken away.</param>
/// <param name="Reason">What was seen.</param>
/// <param name="Counted">False for a bonus withheld because the score before bonuses was under 90.</param>
public sealed record ScoreAdjustment(string Rule, int Points, string Reason, bool Counted = true);
