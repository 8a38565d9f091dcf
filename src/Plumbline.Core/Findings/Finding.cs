namespace Plumbline.Core.Findings;

/// <summary>One piece of evidence produced by a check.</summary>
/// <param name="CheckId">The id of the check that produced it (its descriptor's id).</param>
/// <param name="RecommendationId">The catalog recommendation a failing finding feeds.</param>
/// <param name="Outcome">What the check concluded.</param>
/// <param name="Severity">How bad it is on its own.</param>
/// <param name="Detail">One or two sentences a person can act on. Never holds a secret value.</param>
/// <param name="Location">Where it was seen.</param>
/// <param name="Fingerprint">A stable identity across runs (see <see cref="Findings.Fingerprint"/>).</param>
public sealed record Finding(
    string CheckId,
    string RecommendationId,
    Outcome Outcome,
    Severity Severity,
    string Detail,
    Location Location,
    string Fingerprint)
{
    /// <summary>Supporting facts shown with the finding: records, header values, masked previews.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>True when the finding asks for work: it failed.</summary>
    public bool NeedsAction => Outcome == Outcome.Fail;
}
