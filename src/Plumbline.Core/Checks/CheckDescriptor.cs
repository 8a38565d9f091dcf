using Plumbline.Core.Findings;

namespace Plumbline.Core.Checks;

/// <summary>What a check is: its id, the question it answers, its area and the recommendation it feeds.</summary>
/// <param name="Id">A stable PascalCase id named as the question, e.g. <c>HasLockfile</c>.</param>
/// <param name="Title">The question in words: "Does every npm project have a lockfile?"</param>
/// <param name="Area">The registry area it belongs to: repo, secrets, history, vulnerabilities, domain, site, inventory, assessment.</param>
/// <param name="RecommendationId">The catalog recommendation its failures feed.</param>
public sealed record CheckDescriptor(string Id, string Title, string Area, string RecommendationId)
{
    /// <summary>
    /// The first part of this check's fingerprints: its id, or the id its findings carried before check ids were
    /// unified, so that a re-audit still matches findings stored under the old id.
    /// </summary>
    public string FingerprintSeed { get => field ?? Id; init; }

    /// <summary>
    /// A finding of this check, the one way checks build them: the id and recommendation come from the descriptor,
    /// and the fingerprint is the <see cref="FingerprintSeed"/> followed by <paramref name="key"/> — what identifies the problem (a path,
    /// a host, a rule), never a line number that shifts when unrelated code moves.
    /// </summary>
    public Finding Conclude(Outcome outcome, Severity severity, string detail, Location location, params string?[] key) =>
        new(Id, RecommendationId, outcome, severity, detail, location, Fingerprint.Of([FingerprintSeed, .. key]));
}
