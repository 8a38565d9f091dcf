using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Docs;

/// <summary>Are the architecture and the big decisions written down (ARCHITECTURE.md, DESIGN.md, ADRs)?</summary>
public sealed class HasArchitectureNotes : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasArchitectureNotes", "Are the architecture and key decisions written down?", "repo", "record-architecture-decisions");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var note = snapshot.Files.FirstOrDefault(f =>
            f.Name.StartsWith("ARCHITECTURE", StringComparison.OrdinalIgnoreCase)
            || f.Name.StartsWith("DESIGN", StringComparison.OrdinalIgnoreCase)
            || f.Path.Contains("/adr/", StringComparison.OrdinalIgnoreCase) || f.Path.StartsWith("adr/", StringComparison.OrdinalIgnoreCase)
            || f.Path.Contains("/adrs/", StringComparison.OrdinalIgnoreCase)
            || f.Path.Contains("decisions/", StringComparison.OrdinalIgnoreCase)
            || f.Path.Contains("docs/architecture", StringComparison.OrdinalIgnoreCase));
        if (note is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"Architecture notes exist ({note.Path}).", note.Path);
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Low, "No architecture notes or decision records: why the system is built this way lives only in people's heads.");
        }
    }
}
