using Plumbline.Core.Scales;

namespace Plumbline.Core.Recommendations;

/// <summary>An action from the catalog that findings feed: what to do, why, and how much it matters.</summary>
/// <param name="Id">A stable kebab-case id, e.g. <c>rotate-secrets-in-tree</c>.</param>
/// <param name="Title">The action as a person would say it.</param>
/// <param name="Why">Why it matters, in one or two plain sentences.</param>
/// <param name="How">How to do it, concretely.</param>
/// <param name="Category">A grouping such as security, engineering, data, operations.</param>
/// <param name="Impact">Default impact; a user can re-rate it.</param>
/// <param name="Effort">Default effort; a user can re-rate it.</param>
/// <param name="Phase">The roadmap phase it belongs to.</param>
public sealed record Recommendation(
    string Id,
    string Title,
    string Why,
    string How,
    string Category,
    Impact Impact,
    Effort Effort,
    Phase Phase);
