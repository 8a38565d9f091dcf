using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.TestSuite;

/// <summary>When there are tests, is test coverage measured?</summary>
public sealed class HasCoverageConfiguration : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasCoverageConfiguration", "Is test coverage measured?", "repo", "measure-test-coverage");

    private static readonly string[] Files = [".coveragerc", "codecov.yml", ".codecov.yml", ".nycrc", ".nycrc.json", ".nycrc.yml", "coverlet.runsettings", ".runsettings", "jacoco.gradle", "sonar-project.properties"];

    private static readonly string[] Markers =
    [
        "coverlet", "XPlat Code Coverage", "collectCoverage", "coverageThreshold", "--coverage", "--cov", "[tool.coverage", "jacoco", "c8 ", "nyc ",
        "-coverprofile", "cargo tarpaulin", "cargo llvm-cov", "simplecov", "coverage run", "coverage:", "\"coverage\"",
    ];

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        if (snapshot.TestSplit.Tests.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "There are no tests to measure.");
            yield break;
        }

        var config = snapshot.Files.FirstOrDefault(f => Files.Contains(f.Name, StringComparer.OrdinalIgnoreCase) || f.Extension == ".runsettings")
            ?? snapshot.TextFiles.FirstOrDefault(f => (IsConfig(f) || Ci.CiFiles.IsCi(f.Path)) && Markers.Any(m => f.Text!.Contains(m, StringComparison.Ordinal)));
        if (config is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"Test coverage is measured (configured in {config.Path}).", config.Path);
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Low, "Tests exist but nothing measures how much of the code they exercise.");
        }
    }

    private static bool IsConfig(RepoFile f) =>
        f.Name is "package.json" or "pyproject.toml" or "setup.cfg" or "tox.ini" or "pytest.ini" or "pom.xml" or "build.gradle" or "build.gradle.kts" or "Makefile" or "Directory.Build.props" or "Directory.Packages.props"
        || f.Extension is ".csproj"
        || f.Name.StartsWith("jest.config", StringComparison.Ordinal) || f.Name.StartsWith("vitest.config", StringComparison.Ordinal) || f.Name.StartsWith("karma.conf", StringComparison.Ordinal);
}
