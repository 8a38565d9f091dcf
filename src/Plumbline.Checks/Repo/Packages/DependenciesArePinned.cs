using Plumbline.Checks.Dependencies;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Packages;

/// <summary>Are dependency versions pinned, with no wildcards or open-ended ranges?</summary>
public sealed class DependenciesArePinned : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DependenciesArePinned", "Are dependency versions pinned (no wildcards, 'latest' or open ranges)?", "repo", "pin-dependency-versions");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var manifests = snapshot.Manifests.Where(m => m.Error is null && m.Dependencies.Count > 0).ToList();
        if (manifests.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "No manifest declares dependencies.");
            yield break;
        }

        var failing = manifests.Where(m => m.Unpinned.Count > 0).ToList();
        foreach (var m in failing)
        {
            yield return RepoFindings.Fail(
                Descriptor,
                m.Lockfile is null ? Severity.Medium : Severity.Low,
                $"{m.Path} lets {m.Unpinned.Count} of its {m.Dependencies.Count} dependencies float to any new release" + (m.Lockfile is null ? " and no lockfile holds them still." : "."),
                m.Path,
                m.Unpinned[0].Line,
                [.. m.Unpinned.Take(10).Select(d => $"{d.Name} {(d.Version is null ? "(no version)" : d.Version)}")]);
        }

        if (failing.Count == 0)
        {
            yield return RepoFindings.Pass(Descriptor, $"Dependency versions are pinned ({manifests.Sum(m => m.Dependencies.Count)} dependencies in {manifests.Count} manifests).");
        }
    }
}
