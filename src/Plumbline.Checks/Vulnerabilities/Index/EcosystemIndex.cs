using Plumbline.Checks.Vulnerabilities.Osv;

namespace Plumbline.Checks.Vulnerabilities.Index;

/// <summary>One ecosystem's advisories by normalised package name, loaded from the local index.</summary>
public sealed class EcosystemIndex
{
    private readonly Dictionary<string, List<Advisory>> _byName;

    internal EcosystemIndex(string ecosystem, Dictionary<string, List<Advisory>> byName)
    {
        Ecosystem = ecosystem;
        _byName = byName;
    }

    public string Ecosystem { get; }

    /// <summary>The advisories that name this package (any version).</summary>
    public IReadOnlyList<Advisory> For(string packageName) =>
        _byName.TryGetValue(Ecosystems.NormaliseName(Ecosystem, packageName), out var list) ? list : [];
}
