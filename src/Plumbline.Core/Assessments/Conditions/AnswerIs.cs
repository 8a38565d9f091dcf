using System.Globalization;

namespace Plumbline.Core.Assessments.Conditions;

/// <summary>A test on one question's answer, e.g. <c>{ question: has-staging, is: no }</c>.</summary>
/// <param name="QuestionId">The question looked at.</param>
/// <param name="Test">The test.</param>
/// <param name="Words">The words for is, is-not, any-of, includes, excludes.</param>
/// <param name="Value">The number for less-than, more-than (numbers) and older-than-months; 1/0 for answered.</param>
/// <param name="Date">The date for less-than and more-than on date questions.</param>
public sealed record AnswerIs(string QuestionId, AnswerTest Test, IReadOnlyList<string> Words, double? Value = null, DateOnly? Date = null) : Condition
{
    /// <inheritdoc />
    public override bool Holds(IReadOnlyDictionary<string, Answer> answers, DateOnly today)
    {
        var answer = answers.GetValueOrDefault(QuestionId);
        if (Test == AnswerTest.Answered)
        {
            return (answer is not null) == (Value is not 0);
        }

        if (answer is null)
        {
            return false;
        }

        return Test switch
        {
            AnswerTest.Is => Matches(answer.Text, Words[0]),
            AnswerTest.IsNot => !Matches(answer.Text, Words[0]),
            AnswerTest.AnyOf => Words.Any(w => Matches(answer.Text, w)),
            AnswerTest.Includes => answer.Choices.Any(c => Words.Any(w => Matches(c, w))),
            AnswerTest.Excludes => !answer.Choices.Any(c => Words.Any(w => Matches(c, w))),
            AnswerTest.LessThan => Date is { } d ? answer.Date < d : answer.Number < Value,
            AnswerTest.MoreThan => Date is { } d2 ? answer.Date > d2 : answer.Number > Value,
            AnswerTest.OlderThanMonths => answer.Date < today.AddMonths(-(int)Value!.Value),
            _ => throw new InvalidOperationException($"Unknown test {Test}."),
        };
    }

    /// <inheritdoc />
    public override IEnumerable<string> QuestionIds() => [QuestionId];

    /// <inheritdoc />
    public override string ToString() => Test switch
    {
        AnswerTest.LessThan or AnswerTest.MoreThan => $"{QuestionId} {Test} {Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Value?.ToString(CultureInfo.InvariantCulture)}",
        AnswerTest.OlderThanMonths => $"{QuestionId} older than {Value} months",
        _ => $"{QuestionId} {Test} {string.Join("/", Words)}",
    };

    private static bool Matches(string? answer, string word) =>
        string.Equals(answer?.Trim(), word, StringComparison.OrdinalIgnoreCase);
}
