using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Ci;

/// <summary>Does CI run the tests?</summary>
public sealed class CiRunsTests : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("CiRunsTests", "Does CI run the tests?", "repo", "run-tests-in-ci");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var ci = snapshot.Files.Where(f => CiFiles.IsCi(f.Path)).ToList();
        if (ci.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "There is no CI configuration to run tests.");
            yield break;
        }

        var running = ci.Where(f => f.Text is { } t && CiFiles.TestCommands.Any(c => t.Contains(c, StringComparison.Ordinal))).ToList();
        if (running.Count > 0)
        {
            yield return RepoFindings.Pass(Descriptor, $"CI runs the tests ({running[0].Path}).", running[0].Path);
        }
        else
        {
            yield return RepoFindings.Fail(
                Descriptor,
                Severity.Medium,
                "CI is configured but none of its files runs a test command, so a broken change can still go green.",
                ci[0].Path,
                evidence: [$"Looked in {RepoFindings.List(ci.Select(f => f.Path))} for commands such as dotnet test, npm test, pytest, go test."]);
        }
    }
}
