namespace Plumbline.Core.Assessments.Conditions;

/// <summary>The tests one question's answer can be put to.</summary>
public enum AnswerTest
{
    /// <summary>The answer is this word (yes/no/unsure, an option).</summary>
    Is,

    /// <summary>The question was answered with another word.</summary>
    IsNot,

    /// <summary>The answer is one of these words.</summary>
    AnyOf,

    /// <summary>A multiple-choice answer includes at least one of these options.</summary>
    Includes,

    /// <summary>A multiple-choice answer includes none of these options (and was answered).</summary>
    Excludes,

    /// <summary>A number or date below the value.</summary>
    LessThan,

    /// <summary>A number or date above the value.</summary>
    MoreThan,

    /// <summary>A date more than N months before today.</summary>
    OlderThanMonths,

    /// <summary>The question was (or with false: was not) answered.</summary>
    Answered,
}
