namespace Plumbline.Core.Assessments.Conditions;

/// <summary>Holds when at least <paramref name="Count"/> of the parts hold ("several warning signs at once").</summary>
/// <param name="Count">How many parts must hold.</param>
/// <param name="Parts">The conditions counted.</param>
public sealed record AtLeast(int Count, IReadOnlyList<Condition> Parts) : Condition
{
    /// <inheritdoc />
    public override bool Holds(IReadOnlyDictionary<string, Answer> answers, DateOnly today) =>
        Parts.Count(p => p.Holds(answers, today)) >= Count;

    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds() => Parts.SelectMany(p => p.QuestionIds()).Distinct(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IEnumerable<string> Contributing(IReadOnlyDictionary<string, Answer> answers, DateOnly today) =>
        Parts.Where(p => p.Holds(answers, today)).SelectMany(p => p.Contributing(answers, today)).Distinct(StringComparer.Ordinal);
}
