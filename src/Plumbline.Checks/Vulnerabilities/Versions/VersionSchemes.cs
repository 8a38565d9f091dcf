namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>The version scheme of each OSV ecosystem.</summary>
public static class VersionSchemes
{
    /// <summary>The scheme for an OSV ecosystem name (<c>npm</c>, <c>PyPI</c>, <c>crates.io</c>, ...); generic for unknown ones.</summary>
    public static IVersionScheme For(string ecosystem) => ecosystem switch
    {
        Ecosystems.Npm or Ecosystems.CratesIo or Ecosystems.Go or "Hex" or "Pub" or "SwiftURL" => SemVerScheme.Instance,
        Ecosystems.PyPI => Pep440Scheme.Instance,
        Ecosystems.NuGet => NuGetScheme.Instance,
        Ecosystems.RubyGems => RubyGemsScheme.Instance,
        Ecosystems.Maven => MavenScheme.Instance,
        Ecosystems.Packagist => PackagistScheme.Instance,
        _ => GenericScheme.Instance,
    };
}
