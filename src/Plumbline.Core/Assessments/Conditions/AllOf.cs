namespace Plumbline.Core.Assessments.Conditions;

/// <summary>Holds when every part holds.</summary>
/// <param name="Parts">The conditions combined.</param>
public sealed record AllOf(IReadOnlyList<Condition> Parts) : Condition
{
    /// <inheritdoc />
    public override bool Holds(IReadOnlyDictionary<string, Answer> answers, DateOnly today) =>
        Parts.All(p => p.Holds(answers, today));

    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds() => Parts.SelectMany(p => p.QuestionIds()).Distinct(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IEnumerable<string> Contributing(IReadOnlyDictionary<string, Answer> answers, DateOnly today) =>
        Parts.SelectMany(p => p.Contributing(answers, today)).Distinct(StringComparer.Ordinal);
}
