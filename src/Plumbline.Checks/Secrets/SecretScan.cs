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

    public int Missing { get; set; }
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
    /// <summary>Why nothing could be scanned, or null.</summary>
    public string? Problem { get; init; }

    public static SecretScan Failed(string problem) => new([], new ScanStats(), 0, 0, false, false) { Problem = problem };
}
