using Plumbline.Core.Assessments.Conditions;

namespace Plumbline.Core.Assessments;

/// <summary>One question of an assessment template.</summary>
/// <param name="Id">A kebab-case id, unique within the template; answers files use it as the key.</param>
/// <param name="Text">The question as asked.</param>
/// <param name="Kind">What kind of answer it takes.</param>
public sealed record Question(string Id, string Text, QuestionKind Kind)
{
    /// <summary>A sentence on why it is asked or how to answer it.</summary>
    public string? Help { get; init; }

    /// <summary>The allowed answers for single, multiple and scores questions (yes/no/unsure for those).</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>Asked only when this holds on earlier answers; null means always asked.</summary>
    public Condition? When { get; init; }

    /// <summary>The smallest number accepted (number questions).</summary>
    public double? Min { get; init; }

    /// <summary>The largest number accepted (number questions).</summary>
    public double? Max { get; init; }

    /// <summary>The answers this question accepts as words: options, or yes/no/unsure.</summary>
    public IReadOnlyList<string> Choices => Kind == QuestionKind.YesNoUnsure ? QuestionKinds.YesNoUnsureOptions : Options;
}
