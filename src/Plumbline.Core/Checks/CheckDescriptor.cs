namespace Plumbline.Core.Checks;

/// <summary>What a check is: its id, the question it answers, its area and the recommendation it feeds.</summary>
/// <param name="Id">A stable PascalCase id named as the question, e.g. <c>HasLockfile</c>.</param>
/// <param name="Title">The question in words: "Does every npm project have a lockfile?"</param>
/// <param name="Area">The registry area it belongs to: repo, secrets, history, vulnerabilities, domain, site, inventory, assessment.</param>
/// <param name="RecommendationId">The catalog recommendation its failures feed.</param>
public sealed record CheckDescriptor(string Id, string Title, string Area, string RecommendationId);
