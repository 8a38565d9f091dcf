namespace Plumbline.Checks.History;

/// <summary>Which moment the history stage treats as "now" (inactivity, hotspot period, last-commit age):
/// <c>history.now</c> in plumbline.yml.</summary>
public enum HistoryNow
{
    /// <summary>The audited commit's date when <c>--rev</c> names a commit, else the audit's clock.</summary>
    Automatic,

    /// <summary>The audited commit's committer date: the repository as it stood then.</summary>
    Commit,

    /// <summary>The audit's clock: who is still around today.</summary>
    Clock,
}
