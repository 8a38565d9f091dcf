namespace Plumbline.Checks.Vulnerabilities.Index;

/// <summary>What the local index holds: one entry per imported ecosystem (<c>osv/index.json</c> in the data folder).</summary>
/// <param name="FormatVersion">The index format; a different version means "re-import".</param>
/// <param name="Ecosystems">The imported ecosystems, by name.</param>
public sealed record IndexMetadata(int FormatVersion, IReadOnlyList<EcosystemImport> Ecosystems)
{
    public const int CurrentFormat = 1;

    public static IndexMetadata Empty { get; } = new(CurrentFormat, []);

    public EcosystemImport? Find(string ecosystem) =>
        Ecosystems.FirstOrDefault(e => string.Equals(e.Name, ecosystem, StringComparison.Ordinal));
}

/// <summary>One ecosystem's import: where it came from, when, and how much it holds.</summary>
/// <param name="Name">The OSV ecosystem name.</param>
/// <param name="Source">The archive, folder or URL it was imported from.</param>
/// <param name="ImportedAt">When it was imported (injected clock).</param>
/// <param name="Advisories">Advisories that name this ecosystem.</param>
/// <param name="Packages">Distinct packages with at least one advisory.</param>
public sealed record EcosystemImport(string Name, string Source, DateTimeOffset ImportedAt, int Advisories, int Packages);
