using Plumbline.Core.Assessments.Decisions;

namespace Plumbline.Core.Assessments;

/// <summary>An assessment: sections of questions and the rules that score the answers (format: docs/assessments.md).</summary>
/// <param name="Id">A kebab-case id, e.g. <c>security-basics</c>.</param>
/// <param name="Title">The title shown in lists and reports.</param>
/// <param name="Description">What it is for and who should answer it.</param>
/// <param name="Sections">The sections, in order.</param>
/// <param name="Rules">The rules, in order.</param>
public sealed record AssessmentTemplate(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Rule> Rules)
{
    /// <summary>An optional weighted decision between options (build vs buy).</summary>
    public DecisionModel? Decision { get; init; }

    /// <summary>Where the template came from: a built-in resource name or the user's file.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>True for templates shipped with Plumbline.</summary>
    public bool BuiltIn { get; init; }

    /// <summary>Every question, in the order asked.</summary>
    public IReadOnlyList<Question> Questions => [.. Sections.SelectMany(s => s.Questions)];

    /// <summary>The question with this id, or null.</summary>
    public Question? Find(string id) => Sections.SelectMany(s => s.Questions).FirstOrDefault(q => q.Id == id);

    /// <summary>The answers that count: those to questions whose conditions hold on earlier counted answers.</summary>
    /// <remarks>An answer to a question that is not asked (its condition is false) is ignored, so changing
    /// an earlier answer cannot leave a stale later answer triggering rules.</remarks>
    public IReadOnlyDictionary<string, Answer> Applicable(IReadOnlyDictionary<string, Answer> answers, DateOnly today)
    {
        var counted = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var q in Questions)
        {
            if (answers.TryGetValue(q.Id, out var a) && (q.When is null || q.When.Holds(counted, today)))
            {
                counted[q.Id] = a;
            }
        }

        return counted;
    }

    /// <summary>True when the question is asked given the answers so far.</summary>
    public bool IsAsked(Question question, IReadOnlyDictionary<string, Answer> answers, DateOnly today) =>
        question.When is null || question.When.Holds(Applicable(answers, today), today);
}
