using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Docs;

/// <summary>Is there a README at the top of the repository?</summary>
public sealed class HasReadme : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasReadme", "Is there a README at the top of the repository?", "repo", "add-readme");

    /// <summary>The README at the root, if any (README, README.md, readme.rst, ...).</summary>
    /// <remarks>The root wins over .github and docs, and a plain README over a variant beside it (README.md over
    /// README.closure.md, which angular.js keeps for one build); among variants, the shortest name.</remarks>
    public static RepoFile? Find(RepoSnapshot s) =>
        s.AtTop(["README"], ".github", "docs").Where(f => f.Kind == FileKind.Text)
            .OrderBy(f => f.Folder.Length)
            .ThenBy(f => Path.GetFileNameWithoutExtension(f.Name).Equals("README", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f.Name.Length)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .FirstOrDefault();

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        if (Find(snapshot) is { } readme)
        {
            yield return RepoFindings.Pass(Descriptor, $"The repository has a README ({readme.Path}).", readme.Path);
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Medium, "There is no README at the top of the repository, so a newcomer has nowhere to start.");
        }
    }
}
