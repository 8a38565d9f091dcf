namespace Plumbline.Checks.Audit;

/// <summary>What every audit stage is given: the folder to read, the configuration and the clock.</summary>
/// <param name="Root">The absolute path of the working folder being audited (a clone for URLs).</param>
/// <param name="DisplayName">How the target is named in reports (the path or URL the user gave).</param>
/// <param name="Config">The target's configuration.</param>
/// <param name="Time">The clock; tests pass a fake one.</param>
public sealed record AuditContext(string Root, string DisplayName, AuditConfig Config, TimeProvider Time)
{
    private readonly string? _repositoryTop;

    /// <summary>The revision to audit (commit, branch or tag); null for HEAD or a plain folder.</summary>
    public string? Rev { get; init; }

    /// <summary>True when <see cref="Root"/> is in a git repository: its top, or a folder inside it (see <see cref="PathInRepository"/>).</summary>
    public bool IsGitRepository { get; init; }

    /// <summary>The top of the git repository <see cref="Root"/> is in; <see cref="Root"/> itself unless a subfolder is audited.</summary>
    public string RepositoryTop
    {
        get => _repositoryTop ?? Root;
        init => _repositoryTop = value;
    }

    /// <summary>Where <see cref="Root"/> lies in its repository, with '/' and no slash at either end: empty for the
    /// repository's top, <c>src/api</c> when that folder is audited. Stages read its files and its history only, with
    /// paths relative to it.</summary>
    public string PathInRepository { get; init; } = string.Empty;

    /// <summary>True when a folder inside a repository is audited, rather than the repository's top.</summary>
    public bool IsSubfolder => IsGitRepository && PathInRepository.Length > 0;
}
