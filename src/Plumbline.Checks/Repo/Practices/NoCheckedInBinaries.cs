using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Practices;

/// <summary>Are built artefacts (executables, libraries, archives of code) kept out of the repository?</summary>
public sealed class NoCheckedInBinaries : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("NoCheckedInBinaries", "Are built binaries kept out of the repository?", "repo", "remove-checked-in-binaries");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var binaries = snapshot.Files
            .Where(f => f.Kind is FileKind.Binary or FileKind.TooLarge && FileClassifier.BuiltArtefactExtensions.Contains(f.Extension)
                || f.Kind == FileKind.Binary && f.Extension.Length == 0 && !f.Name.StartsWith('.'))
            .ToList();
        if (binaries.Count == 0)
        {
            yield return RepoFindings.Pass(Descriptor, "No built binaries are committed.");
            yield break;
        }

        yield return RepoFindings.Fail(
            Descriptor,
            Severity.Low,
            $"{binaries.Count} built binar{(binaries.Count == 1 ? "y is" : "ies are")} committed: nobody can review what is inside, and they bloat every clone.",
            binaries[0].Path,
            evidence: [.. binaries.Take(10).Select(b => $"{b.Path} ({b.Size:N0} bytes)")]);
    }
}
