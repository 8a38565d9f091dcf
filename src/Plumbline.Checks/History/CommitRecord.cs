namespace Plumbline.Checks.History;

/// <summary>One non-merge commit: who wrote it (after .mailmap), when, and what it touched.</summary>
/// <param name="Sha">The commit id.</param>
/// <param name="AuthorTime">Author date in Unix seconds.</param>
/// <param name="AuthorName">Author name with .mailmap applied (<c>%aN</c>).</param>
/// <param name="AuthorEmail">Author email with .mailmap applied (<c>%aE</c>).</param>
/// <param name="Changes">The files it touched.</param>
internal sealed record CommitRecord(string Sha, long AuthorTime, string AuthorName, string AuthorEmail, IReadOnlyList<FileChange> Changes);
