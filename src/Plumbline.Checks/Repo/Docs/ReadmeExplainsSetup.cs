using System.Text.RegularExpressions;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Docs;

/// <summary>Does the README tell how to set up, run and test the project?</summary>
public sealed partial class ReadmeExplainsSetup : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("ReadmeExplainsSetup", "Does the README tell how to set up, run and test the project?", "repo", "complete-readme");

    [GeneratedRegex(@"\b(install|setup|set up|getting started|prerequisites|requirements|quick ?start|build)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Setup();

    [GeneratedRegex(@"\b(usage|run|running|start|serve|launch|how to use|example)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Run();

    [GeneratedRegex(@"\b(test|tests|testing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Test();

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        if (HasReadme.Find(snapshot) is not { } readme)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "There is no README to read.");
            yield break;
        }

        var text = readme.Text ?? string.Empty;
        var missing = new List<string>();
        if (!Setup().IsMatch(text)) missing.Add("how to set it up");
        if (!Run().IsMatch(text)) missing.Add("how to run it");
        if (!Test().IsMatch(text)) missing.Add("how to test it");
        if (missing.Count == 0)
        {
            yield return RepoFindings.Pass(Descriptor, "The README explains how to set up, run and test the project.", readme.Path);
        }
        else
        {
            yield return RepoFindings.Fail(
                Descriptor,
                Severity.Low,
                $"The README does not say {string.Join(" or ", missing)}.",
                readme.Path,
                evidence: [$"Looked for words such as install/setup, run/usage and test in {readme.Path}."]);
        }
    }
}
