namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>The version scheme of each OSV ecosystem.</summary>
public static class VersionSchemes
{
    /// <summary>The scheme for an OSV ecosystem name (<c>npm</c>, <c>PyPI</c>, <c>crates.io</c>, ...); generic for unknown ones.</summary>
    public static IVersionScheme For(string ecosystem) => ecosystem switch
    {
        Ecosystems.Npm or Ecosystems.CratesIo or Ecosystems.Go or Ecosystems.Hex or Ecosystems.Pub or Ecosystems.SwiftUrl or Ecosystems.ConanCenter => SemVerScheme.Instance,
        Ecosystems.PyPI => Pep440Scheme.Instance,
        Ecosystems.NuGet => NuGetScheme.Instance,
        Ecosystems.RubyGems => RubyGemsScheme.Instance,
        Ecosystems.Maven => MavenScheme.Instance,
        Ecosystems.Packagist => PackagistScheme.Instance,
        // CRAN versions are numbers separated by '.' or '-' (1.2-3), which the generic order compares as numbers.
        _ => GenericScheme.Instance,
    };
}
