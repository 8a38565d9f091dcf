namespace Plumbline.Checks.Audit;

/// <summary>What every audit stage is given: the folder to read, the configuration and the clock.</summary>
/// <param name="Root">The absolute path of the working folder being audited (a clone for URLs).</param>
/// <param name="DisplayName">How the target is named in reports (the path or URL the user gave).</param>
/// <param name="Config">The target's configuration.</param>
/// <param name="Time">The clock; tests pass a fake one.</param>
public sealed record AuditContext(string Root, string DisplayName, AuditConfig Config, TimeProvider Time)
{
    /// <summary>The revision to audit (commit, branch or tag); null for HEAD or a plain folder.</summary>
    public string? Rev { get; init; }

    /// <summary>True when <see cref="Root"/> is (the top of) a git repository.</summary>
    public bool IsGitRepository { get; init; }
}
