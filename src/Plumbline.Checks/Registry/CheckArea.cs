using Plumbline.Core.Checks;

namespace Plumbline.Checks.Registry;

/// <summary>One area of checks: what it reads, which command runs it, and its checks.</summary>
/// <param name="Name">The area name every descriptor in it carries, e.g. <c>repo</c>.</param>
/// <param name="Title">The heading people read, e.g. "Repository".</param>
/// <param name="RunBy">What runs it: a command or a page.</param>
/// <param name="Reads">What its snapshot holds, in a phrase.</param>
/// <param name="Docs">The docs page that explains the area in depth.</param>
/// <param name="Checks">The checks, in the order a reader meets them.</param>
public sealed record CheckArea(string Name, string Title, string RunBy, string Reads, string Docs, IReadOnlyList<CheckDescriptor> Checks)
{
    /// <summary>What the table cannot say: findings whose id or recommendation is not fixed by a descriptor.</summary>
    public string? Note { get; init; }
}
