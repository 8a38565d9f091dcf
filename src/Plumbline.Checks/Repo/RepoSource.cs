namespace Plumbline.Checks.Repo;

/// <summary>Where the snapshot's file list came from.</summary>
public enum RepoSource
{
    /// <summary>The git index of a working tree (tracked files only).</summary>
    GitIndex,

    /// <summary>The tree of a commit, read from the object database without a checkout.</summary>
    GitCommit,

    /// <summary>A walk of a plain folder, honouring .gitignore files.</summary>
    FileSystem,
}
