namespace Plumbline.Core.Assessments.Decisions;

/// <summary>A weighted choice between options, each scored 1–5 on each criterion (build vs buy).</summary>
/// <param name="Options">The options, e.g. buy, integrate, build, don't build.</param>
/// <param name="Criteria">The criteria, each answered by a scores question.</param>
/// <param name="CloseCallRecommendationId">The recommendation made when the winner changes under small weight changes.</param>
/// <param name="SensitivityPercent">How far each weight is moved up and down to test the result (default 10%).</param>
public sealed record DecisionModel(
    IReadOnlyList<DecisionOption> Options,
    IReadOnlyList<DecisionCriterion> Criteria,
    string CloseCallRecommendationId,
    double SensitivityPercent = 10);

/// <summary>One option of a decision.</summary>
/// <param name="Id">The id used in scores answers, e.g. <c>buy</c>.</param>
/// <param name="Title">What choosing it means.</param>
/// <param name="RecommendationId">The recommendation made when it wins.</param>
public sealed record DecisionOption(string Id, string Title, string RecommendationId);

/// <summary>One weighted criterion of a decision.</summary>
/// <param name="QuestionId">The scores question that rates every option on it.</param>
/// <param name="Title">Its short name in tables.</param>
/// <param name="Weight">Its default weight (any positive number; weights are normalised).</param>
public sealed record DecisionCriterion(string QuestionId, string Title, double Weight)
{
    /// <summary>A number question whose answer, when given, replaces <see cref="Weight"/>.</summary>
    public string? WeightQuestionId { get; init; }
}
