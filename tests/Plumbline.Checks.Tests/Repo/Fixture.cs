using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Repo;
using Plumbline.Testing.Git;

namespace Plumbline.Checks.Tests.Repo;

/// <summary>Builds fixture repositories and snapshots of them.</summary>
internal static class Fixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A repository with the files committed once, on the day before <see cref="Now"/>.</summary>
    public static GitRepoBuilder Repo(IReadOnlyDictionary<string, string> files)
    {
        var repo = GitRepoBuilder.Init();
        foreach (var (path, content) in files)
        {
            repo.WithFile(path, content);
        }

        return repo.Commit("fixture", when: Now.AddDays(-1));
    }

    public static RepoSnapshot Snapshot(string root, AuditConfig? config = null, string? rev = null, RepoSettings? settings = null) =>
        RepoCollector.Collect(new AuditContext(root, "fixture", config ?? AuditConfig.Empty, new FakeTimeProvider(Now)) { Rev = rev }, settings ?? RepoSettings.Default);
}
