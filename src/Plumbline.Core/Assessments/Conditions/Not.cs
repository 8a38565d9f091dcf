namespace Plumbline.Core.Assessments.Conditions;

/// <summary>Holds when its part does not (including when the part's question is unanswered).</summary>
/// <param name="Part">The condition negated.</param>
public sealed record Not(Condition Part) : Condition
{
    /// <inheritdoc />
    public override bool Holds(IReadOnlyDictionary<string, Answer> answers, DateOnly today) => !Part.Holds(answers, today);

    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds() => Part.QuestionIds();
}
