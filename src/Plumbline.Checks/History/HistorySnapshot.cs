namespace Plumbline.Checks.History;

/// <summary>Everything read from git for the history checks; no I/O happens after it is built.</summary>
internal sealed record HistorySnapshot
{
    /// <summary>The commit audited.</summary>
    public required string Commit { get; init; }

    /// <summary>Non-merge commits read (within the window).</summary>
    public required int CommitCount { get; init; }

    /// <summary>Author date of the newest commit read (the latest of all, not the first git lists), Unix seconds;
    /// null when none was read.</summary>
    public long? NewestCommitTime { get; init; }

    /// <summary>False when history was read without file contents (a partial clone, or objects the clone lacks):
    /// no line counts, binary content not detected, only exact renames followed.</summary>
    public bool ContentsRead { get; init; } = true;

    /// <summary>True for a partial clone (a promisor remote): contents are never fetched.</summary>
    public bool PartialClone { get; init; }

    /// <summary>Paths holding objects git could not read; their history is left out.</summary>
    public IReadOnlyList<string> UnreadableObjects { get; init; } = [];

    /// <summary>True when "now" is the audited commit's date rather than the audit's clock.</summary>
    public bool NowFromCommit { get; init; }

    /// <summary>Author identities as git reports them after .mailmap; indexes are identity ids.</summary>
    public required IReadOnlyList<RawIdentity> Identities { get; init; }

    /// <summary>Source files present at the audited commit that have history in the window.</summary>
    public required IReadOnlyList<FileHistory> Files { get; init; }

    /// <summary>Commits and active identities per calendar month (UTC), oldest first.</summary>
    public required IReadOnlyList<MonthActivity> Months { get; init; }

    /// <summary>File pairs changed together at least the configured number of times.</summary>
    public required IReadOnlyList<CoupledPair> Couplings { get; init; }

    /// <summary>Files at the commit left out as documentation, vendored/generated, or by the configuration.</summary>
    public required int SkippedFiles { get; init; }
}

/// <summary>One author identity (name and email after .mailmap) and what it did.</summary>
internal sealed record RawIdentity(string Name, string Email, int Commits, long FirstTime, long LastTime, long Added, long Deleted);

/// <summary>One file's history, keyed by its path at the audited commit (renames followed).</summary>
/// <param name="Path">The path at the audited commit.</param>
/// <param name="Creator">The identity whose commit added the file; -1 when the addition is outside the window.</param>
/// <param name="ChangesByIdentity">Commits touching the file, per identity id.</param>
/// <param name="RecentChanges">Commits in the hotspot period.</param>
/// <param name="LastChange">Unix seconds of the newest commit touching it.</param>
/// <param name="Lines">Lines at the audited commit; null for binary files and files not measured.</param>
internal sealed record FileHistory(string Path, int Creator, IReadOnlyDictionary<int, int> ChangesByIdentity, int RecentChanges, long LastChange, int? Lines)
{
    /// <summary>All commits touching the file.</summary>
    public int TotalChanges => ChangesByIdentity.Values.Sum();

    /// <summary>Its functions' cyclomatic complexity at the audited commit (sum and highest); null when its language
    /// is not measured (<see cref="Complexity.ComplexityLanguages"/>) or it was not read.</summary>
    public (int Total, int Max)? Complexity { get; init; }
}

/// <summary>A month's activity.</summary>
internal sealed record MonthActivity(int Year, int Month, int Commits, IReadOnlySet<int> Identities);

/// <summary>Two files that changed in the same commits.</summary>
internal sealed record CoupledPair(string First, string Second, int Shared, int FirstRevisions, int SecondRevisions)
{
    /// <summary>Shared revisions as a percentage of the two files' average revisions.</summary>
    public int Degree => (int)Math.Round(200.0 * Shared / (FirstRevisions + SecondRevisions));
}
