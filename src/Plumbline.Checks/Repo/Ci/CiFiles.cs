namespace Plumbline.Checks.Repo.Ci;

/// <summary>Where each CI system keeps its configuration.</summary>
public static class CiFiles
{
    /// <summary>The CI system a path configures, or null.</summary>
    public static string? SystemOf(string path)
    {
        var lower = path.ToLowerInvariant();
        if (lower.StartsWith(".github/workflows/", StringComparison.Ordinal) && (lower.EndsWith(".yml", StringComparison.Ordinal) || lower.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            return "GitHub Actions";
        }

        return lower switch
        {
            ".gitlab-ci.yml" or ".gitlab-ci.yaml" => "GitLab CI",
            "azure-pipelines.yml" or "azure-pipelines.yaml" or ".azure-pipelines.yml" => "Azure Pipelines",
            "jenkinsfile" => "Jenkins",
            ".circleci/config.yml" or ".circleci/config.yaml" => "CircleCI",
            "bitbucket-pipelines.yml" => "Bitbucket Pipelines",
            ".travis.yml" => "Travis CI",
            "appveyor.yml" or ".appveyor.yml" => "AppVeyor",
            ".drone.yml" => "Drone",
            _ when lower.StartsWith(".buildkite/", StringComparison.Ordinal) => "Buildkite",
            _ when lower.StartsWith(".azure-pipelines/", StringComparison.Ordinal) || lower.StartsWith(".azuredevops/", StringComparison.Ordinal) => "Azure Pipelines",
            // A repository-level CI entry script that a CI service calls (e.g. .ci/run).
            _ when lower.StartsWith(".ci/", StringComparison.Ordinal) || lower.StartsWith("ci/", StringComparison.Ordinal) => "CI script",
            _ => null,
        };
    }

    /// <summary>True for a CI configuration file.</summary>
    public static bool IsCi(string path) => SystemOf(path) is not null;

    /// <summary>Commands that run a test suite, per ecosystem.</summary>
    public static readonly string[] TestCommands =
    [
        "dotnet test", "npm test", "npm run test", "npm t", "yarn test", "pnpm test", "bun test", "npx jest", "npx vitest", "jest", "vitest", "mocha",
        "playwright test", "pytest", "python -m unittest", "python -m pytest", "tox", "nox", "go test", "cargo test", "cargo nextest",
        "mvn test", "mvn verify", "mvn package", "mvn install", "mvnw test", "mvnw verify", "gradle test", "gradlew test", "gradle check", "gradlew check", "gradlew build", "gradle build",
        "rspec", "rake test", "rails test", "bundle exec rake", "phpunit", "pest", "flutter test", "dart test", "make test", "make check", "ctest",
    ];
}
