using Plumbline.Core.Assessments.Conditions;
using Plumbline.Core.Findings;
using Plumbline.Core.Scales;

namespace Plumbline.Core.Assessments;

/// <summary>Turns answers into a finding tied to a catalog recommendation.</summary>
/// <param name="Id">A kebab-case id, unique within the template; the finding's check id ends with it.</param>
/// <param name="When">The answers that trigger it.</param>
/// <param name="RecommendationId">The catalog recommendation the finding feeds.</param>
/// <param name="Outcome">Fail (the usual: something to fix) or Pass (the rule asserts a good state).</param>
/// <param name="Detail">What the finding says, in a sentence a person can act on.</param>
public sealed record Rule(string Id, Condition When, string RecommendationId, Outcome Outcome, string Detail)
{
    /// <summary>Replaces the recommendation's impact when this rule triggers (e.g. raised when answers combine).</summary>
    public Impact? Impact { get; init; }

    /// <summary>Replaces the recommendation's effort when this rule triggers.</summary>
    public Effort? Effort { get; init; }
}
