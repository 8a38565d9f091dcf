using Plumbline.Checks.Audit;

namespace Plumbline.Checks.Runs;

/// <summary>What an audit run applies, whoever starts it: the check-run settings, the audit configuration and
/// the optional stage selection, revision and baseline.</summary>
/// <param name="Run">Catalog, clock and first day of the roadmap (its disabled checks and ratings are unused: <see cref="Config"/> holds them).</param>
/// <param name="Config">The target's <c>plumbline.yml</c> (or the one given), history window applied: disabled checks, ratings, sections.</param>
public sealed record RepoAuditSettings(CheckRunSettings Run, AuditConfig Config)
{
    /// <summary>The stages to run; all built-in stages by default.</summary>
    public IReadOnlyList<IAuditStage> Stages { get; init; } = BuiltInStages.All();

    /// <summary>The commit, branch or tag to audit from git's object database; null reads the working tree (or HEAD of a clone).</summary>
    public string? Rev { get; init; }

    /// <summary>A previous report's fingerprints: failures already in it are left out.</summary>
    public AuditBaseline? Baseline { get; init; }

    /// <summary>Hears each stage start and finish; null when nobody listens.</summary>
    public IProgress<AuditProgress>? StageProgress { get; init; }
}
