using LibGit2Sharp;

namespace Plumbline.Checks.Secrets;

/// <summary>One file of the audited tree: its path and the blob the commit records for it.</summary>
internal sealed record TreeFile(string Path, ObjectId Blob);
