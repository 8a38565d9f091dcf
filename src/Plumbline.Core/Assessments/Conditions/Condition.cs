namespace Plumbline.Core.Assessments.Conditions;

/// <summary>A test on answers: when a question is asked, when a rule triggers.</summary>
public abstract record Condition
{
    /// <summary>True when the condition holds; an unanswered question never satisfies a test on it.</summary>
    /// <param name="answers">The answers that count (see <see cref="AssessmentTemplate.Applicable"/>).</param>
    /// <param name="today">The date relative tests such as "older than 6 months" measure from.</param>
    public abstract bool Holds(IReadOnlyDictionary<string, Answer> answers, DateOnly today);

    /// <summary>The ids of the questions it looks at, in order, without repeats.</summary>
    public abstract IEnumerable<string> QuestionIds();

    /// <summary>The questions whose answers made the condition hold: for any-of and at-least only the parts that held.</summary>
    /// <remarks>Used as a finding's evidence, so "3 of 8 live questions" shows the three, not all eight.</remarks>
    public virtual IEnumerable<string> Contributing(IReadOnlyDictionary<string, Answer> answers, DateOnly today) => QuestionIds();
}
