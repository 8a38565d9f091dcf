using Plumbline.Core.Checks;

namespace Plumbline.Checks.Secrets;

/// <summary>The questions the secrets stage answers, as check descriptors; <see cref="SecretFindings"/> builds their findings.</summary>
public static class SecretChecks
{
    // The fingerprint seeds are the ids these findings had before check ids were unified, so re-audits still match stored findings.
    public const string Area = "secrets";

    public static CheckDescriptor InTree { get; } = new(
        SecretFindings.InTree, "Is the current tree free of secrets (keys, tokens, passwords)?", Area, SecretFindings.RotateInTree)
    {
        FingerprintSeed = "secrets.in-tree",
    };

    public static CheckDescriptor InHistory { get; } = new(
        SecretFindings.InHistory, "Is the git history free of secrets that are no longer in the tree?", Area, SecretFindings.RotateInHistory)
    {
        FingerprintSeed = "secrets.in-history",
    };

    public static CheckDescriptor IgnoresCurrent { get; } = new(
        SecretFindings.StaleIgnore, "Does every entry in the secrets ignore file still match a secret?", Area, SecretFindings.TidyIgnores)
    {
        FingerprintSeed = "secrets.stale-ignore",
    };

    public static CheckDescriptor SettingsValid { get; } = new(
        SecretFindings.Config, "Are the secrets settings and custom rules valid?", Area, SecretFindings.RotateInTree)
    {
        FingerprintSeed = "secrets.config",
    };

    public static IReadOnlyList<CheckDescriptor> All { get; } = [InTree, InHistory, IgnoresCurrent, SettingsValid];
}
