namespace Plumbline.Checks.Secrets;

/// <summary>Something the scan needed but could not read (a blob, tree or commit missing from the object
/// store), so the verdict for its part of the repository cannot be Pass.</summary>
/// <param name="Path">The file or folder it holds.</param>
/// <param name="Commit">The commit it was reached from (empty when unknown).</param>
/// <param name="InTree">True when it belongs to the audited tree, false when only to history.</param>
/// <param name="IsFile">True for one file version (a blob); false for a folder (tree) or a gap in the commit walk.</param>
internal sealed record UnreadableObject(string Path, string Commit, bool InTree, bool IsFile = true)
{
    /// <summary>How a note names it: the path, and the commit for history.</summary>
    public string Name => InTree || Commit.Length == 0 ? Path : $"{Path} (from {Commit[..Math.Min(12, Commit.Length)]})";
}
