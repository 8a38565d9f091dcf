using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Docs;

/// <summary>Is there a docs folder for documentation beyond the README?</summary>
public sealed class HasDocsFolder : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasDocsFolder", "Is there a docs folder?", "repo", "start-docs-folder");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var folder = new[] { "docs", "doc", "documentation", "wiki" }.FirstOrDefault(d => snapshot.Under(d).Any());
        if (folder is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"Documentation has a home ({folder}/, {snapshot.Under(folder).Count()} files).", folder);
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Info, "There is no docs folder; anything beyond the README has nowhere to live.");
        }
    }
}
