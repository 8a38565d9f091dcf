namespace Plumbline.Core.Assessments;

/// <summary>What kind of answer a question takes.</summary>
public enum QuestionKind
{
    /// <summary>yes, no or unsure; "unsure" is a real answer and usually a finding of its own.</summary>
    YesNoUnsure,

    /// <summary>Exactly one of the question's options.</summary>
    Single,

    /// <summary>Any number of the question's options (possibly none).</summary>
    Multiple,

    /// <summary>A number, optionally within a minimum and maximum.</summary>
    Number,

    /// <summary>A date written yyyy-MM-dd.</summary>
    Date,

    /// <summary>Free text, kept as evidence.</summary>
    Text,

    /// <summary>A score from 1 (worst) to 5 (best) for each option, used by a template's decision.</summary>
    Scores,
}

/// <summary>The names of question kinds as templates write them.</summary>
public static class QuestionKinds
{
    /// <summary>The kebab form: <c>yes-no-unsure</c>, <c>single</c>, ...</summary>
    public static string Key(this QuestionKind kind) => kind switch
    {
        QuestionKind.YesNoUnsure => "yes-no-unsure",
        QuestionKind.Single => "single",
        QuestionKind.Multiple => "multiple",
        QuestionKind.Number => "number",
        QuestionKind.Date => "date",
        QuestionKind.Text => "text",
        QuestionKind.Scores => "scores",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Every kind's key, for error messages.</summary>
    public static string AllKeys => string.Join(", ", Enum.GetValues<QuestionKind>().Select(k => k.Key()));

    /// <summary>Reads a kind from its key.</summary>
    public static bool TryParse(string? text, out QuestionKind kind)
    {
        foreach (var k in Enum.GetValues<QuestionKind>())
        {
            if (string.Equals(k.Key(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The three answers of a yes/no/unsure question.</summary>
    public static IReadOnlyList<string> YesNoUnsureOptions { get; } = ["yes", "no", "unsure"];
}
