using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Build;

/// <summary>Are dependency updates proposed automatically (Dependabot, Renovate)?</summary>
public sealed class HasDependencyUpdateTooling : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasDependencyUpdateTooling", "Are dependency updates proposed automatically (Dependabot, Renovate)?", "repo", "automate-dependency-updates");

    private static readonly string[] Files =
    [
        ".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json",
        ".github/renovate.json", ".github/renovate.json5", ".gitlab/renovate.json",
    ];

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        if (!snapshot.Files.Any(f => Dependencies.Manifests.Identify(f.Name) is not null))
        {
            yield return RepoFindings.NotApplicable(Descriptor, "There are no dependency manifests to keep up to date.");
            yield break;
        }

        var config = Files.FirstOrDefault(snapshot.Exists)
            ?? snapshot.Files.FirstOrDefault(f => f.Name == "package.json" && f.Text?.Contains("\"renovate\"", StringComparison.Ordinal) == true)?.Path;
        if (config is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"Dependency updates are proposed automatically ({config}).", config);
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Low, "Nothing proposes dependency updates (no Dependabot or Renovate config), so they happen only when someone remembers.");
        }
    }
}
