using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Ci;

/// <summary>Is there continuous integration configured?</summary>
public sealed class HasCiConfiguration : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasCiConfiguration", "Is continuous integration configured?", "repo", "set-up-ci");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var systems = snapshot.Files.Select(f => CiFiles.SystemOf(f.Path)).OfType<string>().Distinct().ToList();
        if (systems.Count > 0)
        {
            yield return RepoFindings.Pass(Descriptor, $"Continuous integration is configured ({string.Join(", ", systems)}).");
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Medium, "No CI configuration (GitHub Actions, GitLab CI, Azure Pipelines, Jenkins, CircleCI, Bitbucket Pipelines, Travis): nothing builds or checks a change before it ships.");
        }
    }
}
