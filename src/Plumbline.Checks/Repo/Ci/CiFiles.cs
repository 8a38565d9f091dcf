using System.Collections.Frozen;

namespace Plumbline.Checks.Repo.Ci;

/// <summary>Where each CI system keeps its configuration.</summary>
public static class CiFiles
{
    // Whole paths, compared without case (and without a lower-cased copy of every path in the tree).
    private static readonly FrozenDictionary<string, string> ByPath = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".gitlab-ci.yml"] = "GitLab CI",
        [".gitlab-ci.yaml"] = "GitLab CI",
        ["azure-pipelines.yml"] = "Azure Pipelines",
        ["azure-pipelines.yaml"] = "Azure Pipelines",
        [".azure-pipelines.yml"] = "Azure Pipelines",
        ["jenkinsfile"] = "Jenkins",
        [".circleci/config.yml"] = "CircleCI",
        [".circleci/config.yaml"] = "CircleCI",
        ["bitbucket-pipelines.yml"] = "Bitbucket Pipelines",
        [".travis.yml"] = "Travis CI",
        ["appveyor.yml"] = "AppVeyor",
        [".appveyor.yml"] = "AppVeyor",
        [".drone.yml"] = "Drone",
        [".drone.yaml"] = "Drone",
        [".woodpecker.yml"] = "Woodpecker",
        [".woodpecker.yaml"] = "Woodpecker",
        ["bitbucket-pipelines.yaml"] = "Bitbucket Pipelines",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly (string Prefix, string System)[] ByFolder =
    [
        (".buildkite/", "Buildkite"),
        (".azure-pipelines/", "Azure Pipelines"),
        (".azuredevops/", "Azure Pipelines"),
        (".woodpecker/", "Woodpecker"),
        (".gitlab/ci/", "GitLab CI"),
        // A repository-level CI entry script that a CI service calls (e.g. .ci/run).
        (".ci/", "CI script"),
        ("ci/", "CI script"),
    ];

    /// <summary>The CI system a path configures, or null.</summary>
    public static string? SystemOf(string path)
    {
        if (path.StartsWith(".github/workflows/", StringComparison.OrdinalIgnoreCase)
            && (path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)))
        {
            return "GitHub Actions";
        }

        if (ByPath.TryGetValue(path, out var system))
        {
            return system;
        }

        foreach (var (prefix, folderSystem) in ByFolder)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return folderSystem;
            }
        }

        return null;
    }

    /// <summary>True for a CI configuration file.</summary>
    public static bool IsCi(string path) => SystemOf(path) is not null;
}
