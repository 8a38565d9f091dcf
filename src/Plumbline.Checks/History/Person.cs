namespace Plumbline.Checks.History;

/// <summary>One person after identities are merged (.mailmap, same email, same name, configured aliases).</summary>
/// <param name="Id">An index into the analysis' people.</param>
/// <param name="Name">The name shown.</param>
/// <param name="Emails">Every email seen for them.</param>
/// <param name="Commits">Non-merge commits in the window.</param>
/// <param name="FirstCommit">Their first commit in the window.</param>
/// <param name="LastCommit">Their newest commit in the window.</param>
/// <param name="LinesAdded">Lines added over all their commits.</param>
/// <param name="LinesDeleted">Lines deleted over all their commits.</param>
internal sealed record Person(int Id, string Name, IReadOnlyList<string> Emails, int Commits, DateTimeOffset FirstCommit, DateTimeOffset LastCommit, long LinesAdded, long LinesDeleted);
