namespace Plumbline.Core.Assessments.Conditions;

/// <summary>Holds when at least one part holds.</summary>
/// <param name="Parts">The conditions combined.</param>
public sealed record AnyOf(IReadOnlyList<Condition> Parts) : Condition
{
    /// <inheritdoc />
    public override bool Holds(IReadOnlyDictionary<string, Answer> answers, DateOnly today) =>
        Parts.Any(p => p.Holds(answers, today));

    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds() => Parts.SelectMany(p => p.QuestionIds()).Distinct(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IEnumerable<string> Contributing(IReadOnlyDictionary<string, Answer> answers, DateOnly today) =>
        Parts.Where(p => p.Holds(answers, today)).SelectMany(p => p.Contributing(answers, today)).Distinct(StringComparer.Ordinal);
}
