using Plumbline.Checks.Repo.Build;
using Plumbline.Checks.Repo.Ci;
using Plumbline.Checks.Repo.Docs;
using Plumbline.Checks.Repo.Hygiene;
using Plumbline.Checks.Repo.Logging;
using Plumbline.Checks.Repo.Packages;
using Plumbline.Checks.Repo.Practices;
using Plumbline.Checks.Repo.TestSuite;
using Plumbline.Core.Checks;

namespace Plumbline.Checks.Repo;

/// <summary>Every built-in repository check, listed explicitly (docs/checks.md lists them for people).</summary>
public static class RepoChecks
{
    /// <summary>The stage's own question: when the repo section of plumbline.yml is invalid, the stage does not run.</summary>
    public static CheckDescriptor Settings { get; } = new("RepoSettings", "Is the repo section of plumbline.yml valid?", "repo", "fix-malformed-manifests");

    public static IReadOnlyList<ICheck<RepoSnapshot>> All { get; } =
    [
        // Documentation and onboarding
        new HasReadme(),
        new ReadmeExplainsSetup(),
        new HasLicense(),
        new HasOnboardingGuide(),
        new HasDocsFolder(),
        new HasArchitectureNotes(),
        new HasEnvExample(),

        // Build and deploy
        new HasCiConfiguration(),
        new CiRunsTests(),
        new HasInfrastructureAsCode(),
        new HasDeployScript(),
        new HasSeparateEnvironments(),
        new HasDependencyUpdateTooling(),

        // Dependencies
        new ManifestsAreReadable(),
        new HasLockfile(),
        new DependenciesArePinned(),

        // Tests
        new HasTests(),
        new HasCoverageConfiguration(),

        // Secrets hygiene (files only)
        new NoCommittedEnvFiles(),
        new NoCommittedKeyFiles(),
        new GitignoreCoversSecrets(),

        // Error logging
        new UsesLoggingLibrary(),
        new NoEmptyCatchBlocks(),

        // Practices
        new HasSecurityPolicy(),
        new NoCheckedInBinaries(),
        new NoVeryLargeFiles(),
        new WorkflowsAvoidDangerousPatterns(),
        new WorkflowsDeclarePermissions(),
        new RecentlyActive(),
    ];
}
