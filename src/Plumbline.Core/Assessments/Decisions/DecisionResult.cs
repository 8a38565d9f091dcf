namespace Plumbline.Core.Assessments.Decisions;

/// <summary>The outcome of scoring a decision.</summary>
/// <param name="Winner">The option with the highest weighted score.</param>
/// <param name="Scores">Weighted score per option id (0–5), in the model's option order.</param>
/// <param name="Weights">The weights used per criterion question id (after answers replaced defaults).</param>
/// <param name="Flips">Each weight change that makes another option win.</param>
public sealed record DecisionResult(
    DecisionOption Winner,
    IReadOnlyList<KeyValuePair<string, double>> Scores,
    IReadOnlyList<KeyValuePair<string, double>> Weights,
    IReadOnlyList<DecisionFlip> Flips)
{
    /// <summary>True when no small weight change alters the winner.</summary>
    public bool Stable => Flips.Count == 0;

    /// <summary>The margin between the winner and the runner-up, in score points.</summary>
    public double Margin { get; init; }

    /// <summary>The runner-up option.</summary>
    public DecisionOption? RunnerUp { get; init; }
}

/// <summary>A weight change that makes another option win.</summary>
/// <param name="CriterionQuestionId">The criterion whose weight moved.</param>
/// <param name="ChangePercent">The change, e.g. -10 or +10.</param>
/// <param name="NewWinner">The option that wins with the changed weight.</param>
public sealed record DecisionFlip(string CriterionQuestionId, double ChangePercent, DecisionOption NewWinner);
