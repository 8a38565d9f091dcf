using Plumbline.Checks.Dependencies;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Packages;

/// <summary>Does every project whose ecosystem expects one commit a lockfile?</summary>
public sealed class HasLockfile : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasLockfile", "Does every project that needs one have a committed lockfile?", "repo", "commit-lockfiles");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var manifests = snapshot.Manifests.Where(m => m.Error is null && m.LockfileExpected && m.Dependencies.Count > 0).ToList();
        if (manifests.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "No project here depends on packages from an ecosystem that expects a committed lockfile (.NET and Maven projects pin versions in their project files; a NuGet packages.lock.json is optional).");
            yield break;
        }

        var missing = manifests.Where(m => m.Lockfile is null).ToList();
        foreach (var m in missing)
        {
            yield return RepoFindings.Fail(
                Descriptor,
                Severity.Medium,
                $"The {m.Ecosystem} project {m.Path} has {m.Dependencies.Count} direct dependencies but no lockfile: each install can pull different versions than the last one.",
                m.Path);
        }

        if (missing.Count == 0)
        {
            yield return RepoFindings.Pass(Descriptor, $"Every project that needs a lockfile has one ({manifests.Count} checked).");
        }
    }
}
