using System.Globalization;

namespace Plumbline.Core.Assessments;

/// <summary>One answer to one question; which value is set follows the question's kind.</summary>
public sealed record Answer
{
    private Answer(QuestionKind kind) => Kind = kind;

    /// <summary>The kind of question answered.</summary>
    public QuestionKind Kind { get; }

    /// <summary>The word or text: yes/no/unsure, the chosen option, or free text.</summary>
    public string? Text { get; private init; }

    /// <summary>The chosen options of a multiple-choice question.</summary>
    public IReadOnlyList<string> Choices { get; private init; } = [];

    /// <summary>The number of a number question.</summary>
    public double? Number { get; private init; }

    /// <summary>The date of a date question.</summary>
    public DateOnly? Date { get; private init; }

    /// <summary>The 1–5 score per option of a scores question.</summary>
    public IReadOnlyDictionary<string, int> Scores { get; private init; } = new Dictionary<string, int>();

    /// <summary>A yes/no/unsure, single-choice or text answer.</summary>
    public static Answer Word(QuestionKind kind, string text) => new(kind) { Text = text };

    /// <summary>A multiple-choice answer.</summary>
    public static Answer Many(IReadOnlyList<string> choices) => new(QuestionKind.Multiple) { Choices = choices };

    /// <summary>A number answer.</summary>
    public static Answer Of(double number) => new(QuestionKind.Number) { Number = number };

    /// <summary>A date answer.</summary>
    public static Answer Of(DateOnly date) => new(QuestionKind.Date) { Date = date };

    /// <summary>A scores answer.</summary>
    public static Answer Scored(IReadOnlyDictionary<string, int> scores) => new(QuestionKind.Scores) { Scores = scores };

    /// <summary>The answer as shown in evidence and written to answers files.</summary>
    public string Display => Kind switch
    {
        QuestionKind.Multiple => Choices.Count == 0 ? "(none)" : string.Join(", ", Choices),
        QuestionKind.Number => Number!.Value.ToString("0.##", CultureInfo.InvariantCulture),
        QuestionKind.Date => Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        QuestionKind.Scores => string.Join(", ", Scores.Select(s => $"{s.Key} {s.Value}")),
        _ => Text ?? string.Empty,
    };

    /// <inheritdoc />
    public override string ToString() => Display;

    /// <inheritdoc />
    public bool Equals(Answer? other) =>
        other is not null && Kind == other.Kind && Display == other.Display;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Display);
}
