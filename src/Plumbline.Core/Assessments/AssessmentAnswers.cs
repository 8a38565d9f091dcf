namespace Plumbline.Core.Assessments;

/// <summary>The answers given to one template, keyed by question id.</summary>
/// <param name="TemplateId">The template answered.</param>
/// <param name="Values">Answer per question id.</param>
public sealed record AssessmentAnswers(string TemplateId, IReadOnlyDictionary<string, Answer> Values)
{
    /// <summary>No answers yet.</summary>
    public static AssessmentAnswers Empty(string templateId) => new(templateId, new Dictionary<string, Answer>(StringComparer.Ordinal));

    /// <summary>These answers with one added or replaced.</summary>
    public AssessmentAnswers With(string questionId, Answer answer) =>
        this with { Values = new Dictionary<string, Answer>(Values, StringComparer.Ordinal) { [questionId] = answer } };
}
