using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Docs;

/// <summary>Are the architecture and the big decisions written down (ARCHITECTURE.md, DESIGN.md, ADRs)?</summary>
public sealed class HasArchitectureNotes : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasArchitectureNotes", "Are the architecture and key decisions written down?", "repo", "record-architecture-decisions");

    // Documents, not code: a DecisionModel.cs under Decisions/ or a DesignSystem.tsx is no architecture note.
    private static readonly string[] DocumentExtensions = ["", ".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".txt", ".org"];

    // Folders that hold decision records by the usual conventions (adr-tools, MADR, log4brains).
    private static readonly string[] DecisionFolders = ["adr", "adrs", "decisions", "architecture-decisions", "architecture-decision-records", "decision-records", "architecture"];

    /// <summary>True for ARCHITECTURE.md or DESIGN.md (at any level), or a document in a decision-record or architecture folder.</summary>
    public static bool IsNote(RepoFile f)
    {
        if (!DocumentExtensions.Contains(f.Extension) || f.Kind != FileKind.Text)
        {
            return false;
        }

        var stem = Path.GetFileNameWithoutExtension(f.Name);
        if (stem.StartsWith("ARCHITECTURE", StringComparison.OrdinalIgnoreCase) || stem.Equals("DESIGN", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return f.Folder.Split('/').Any(s => DecisionFolders.Contains(s, StringComparer.OrdinalIgnoreCase));
    }

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var note = snapshot.Files.FirstOrDefault(IsNote);
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
