using Plumbline.Core.Assessments.Decisions;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Recommendations;

namespace Plumbline.Core.Assessments;

/// <summary>What an assessment's answers add up to.</summary>
/// <param name="Template">The template scored.</param>
/// <param name="Findings">One finding per triggered rule (and the decision's, if any).</param>
/// <param name="Ratings">Impact and effort per recommendation after rule overrides (the highest impact wins).</param>
/// <param name="Tables">The answers, and the decision's scores and sensitivity when there is a decision.</param>
public sealed record AssessmentResult(
    AssessmentTemplate Template,
    IReadOnlyList<Finding> Findings,
    IReadOnlyDictionary<string, Rating> Ratings,
    IReadOnlyList<MetricTable> Tables)
{
    /// <summary>The scored decision, when the template has one and every criterion was answered.</summary>
    public DecisionResult? Decision { get; init; }

    /// <summary>Ids of questions that were asked (their conditions hold) but not answered.</summary>
    public IReadOnlyList<string> Unanswered { get; init; } = [];

    /// <summary>How many questions were answered and count.</summary>
    public int Answered { get; init; }

    /// <summary>Register items: one per recommendation fed by failing findings, with the rules' ratings applied.</summary>
    public IReadOnlyList<Item> Items(RecommendationCatalog catalog) =>
        ItemsFromFindings.Build(Findings, catalog, Ratings, ItemOrigin.Assessment);
}
