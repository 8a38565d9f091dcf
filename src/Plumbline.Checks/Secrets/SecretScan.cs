namespace Plumbline.Checks.Secrets;

/// <summary>One place a secret was seen: the match, where its blob was introduced, and its path in the audited tree (null if not there).</summary>
internal sealed record SecretOccurrence(SecretMatch Match, BlobOrigin Origin, string? TreePath);

/// <summary>Counts of what was read, for metrics.</summary>
internal sealed class ScanStats
{
    public int Scanned { get; set; }

    public long Bytes { get; set; }

    public int Binary { get; set; }

    public int Large { get; set; }

}

/// <summary>The raw result of scanning a repository or folder, before ignores and grouping.</summary>
internal sealed record SecretScan(
    IReadOnlyList<SecretOccurrence> Occurrences,
    ScanStats Stats,
    int Commits,
    int TreeFiles,
    bool History,
    bool IsGit)
{
    /// <summary>Blobs, trees and commits that could not be read: their part of the verdict is Inconclusive.</summary>
    public IReadOnlyList<UnreadableObject> Unreadable { get; init; } = [];

    /// <summary>The repository is a partial clone (<c>git clone --filter</c>): objects were left on the server.</summary>
    public bool PartialClone { get; init; }

    /// <summary>The repository is a shallow clone: commits before its boundary are not here to scan.</summary>
    public bool Shallow { get; init; }

    /// <summary>Why nothing could be scanned, or null.</summary>
    public string? Problem { get; init; }

    public static SecretScan Failed(string problem) => new([], new ScanStats(), 0, 0, false, false) { Problem = problem };
}
