using Plumbline.Checks.Dependencies;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Packages;

/// <summary>Can every dependency manifest be read? A malformed one is inconclusive evidence, with its parse error.</summary>
public sealed class ManifestsAreReadable : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("ManifestsAreReadable", "Can every dependency manifest be read?", "repo", "fix-malformed-manifests");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var manifests = snapshot.Manifests;
        if (manifests.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "No dependency manifests were found.");
            yield break;
        }

        foreach (var m in manifests.Where(m => m.Error is not null))
        {
            yield return RepoFindings.Inconclusive(Descriptor, $"{m.Path} could not be read, so its dependencies were not checked: {m.Error}", m.Path);
        }

        if (manifests.All(m => m.Error is null))
        {
            yield return RepoFindings.Pass(Descriptor, $"All {manifests.Count} dependency manifests could be read.");
        }
    }
}
