namespace Plumbline.Checks.History;

/// <summary>The <c>history:</c> section of plumbline.yml (docs/history.md).</summary>
public sealed record HistorySettings
{
    /// <summary>Defaults: whole history, 6 months of inactivity, 12 months for hotspots.</summary>
    public static HistorySettings Default { get; } = new();

    /// <summary>Only commits at or after this moment (git's committer date), when set.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only commits at or before this moment, when set.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Which moment counts as "now"; automatic = the audited commit's date with <c>--rev</c>, else the clock.</summary>
    public HistoryNow Now { get; init; } = HistoryNow.Automatic;

    /// <summary>An author with no commit for this many months counts as gone.</summary>
    public int InactiveMonths { get; init; } = 6;

    /// <summary>How far back change frequency is counted for hotspots.</summary>
    public int HotspotMonths { get; init; } = 12;

    /// <summary>How many hotspots to list.</summary>
    public int HotspotCount { get; init; } = 20;

    /// <summary>Groups of names or emails that are one person; the key is the name shown.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>A file pair is coupled when it changed together in at least this many commits.</summary>
    public int CouplingMinSharedRevisions { get; init; } = 5;

    /// <summary>Commits touching more files than this (mass renames, formatting) are ignored for coupling.</summary>
    public int CouplingMaxFilesPerCommit { get; init; } = 30;
}
