using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Docs;

/// <summary>Does the repository say under which licence it may be used?</summary>
public sealed class HasLicense : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasLicense", "Does the repository state its licence?", "repo", "add-license");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var file = snapshot.AtTop(["LICENSE", "LICENCE", "COPYING", "UNLICENSE"]).FirstOrDefault();
        if (file is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"The licence is stated ({file.Path}).", file.Path);
            yield break;
        }

        // A manifest field is a statement too (package.json "license", a csproj PackageLicenseExpression).
        var declared = snapshot.TextFiles.FirstOrDefault(f =>
            (f.Name == "package.json" && f.Text!.Contains("\"license\"", StringComparison.Ordinal))
            || (f.Name is "Directory.Build.props" && f.Text!.Contains("PackageLicense", StringComparison.Ordinal))
            || (f.Name is "Cargo.toml" or "pyproject.toml" && f.Text!.Contains("license", StringComparison.Ordinal)));
        if (declared is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"A licence is declared in {declared.Path}, though there is no LICENSE file.", declared.Path);
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Low, "No LICENSE file: nobody outside the owner can tell whether they may use, copy or change this code.");
        }
    }
}
