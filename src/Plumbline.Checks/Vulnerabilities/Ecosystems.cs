namespace Plumbline.Checks.Vulnerabilities;

/// <summary>OSV ecosystem names as they appear in advisories and in the <c>all.zip</c> download paths.</summary>
public static class Ecosystems
{
    public const string Npm = "npm";
    public const string PyPI = "PyPI";
    public const string Go = "Go";
    public const string CratesIo = "crates.io";
    public const string RubyGems = "RubyGems";
    public const string Packagist = "Packagist";
    public const string NuGet = "NuGet";
    public const string Maven = "Maven";
    public const string Pub = "Pub";
    public const string Hex = "Hex";
    public const string SwiftUrl = "SwiftURL";
    public const string Cran = "CRAN";
    public const string ConanCenter = "ConanCenter";

    /// <summary>The ecosystems Plumbline reads lockfiles for, and so the ones <c>plumb vulndb update</c> fetches by default.</summary>
    public static IReadOnlyList<string> Supported { get; } = [Npm, PyPI, Go, CratesIo, RubyGems, Packagist, NuGet, Maven, Pub, Hex, SwiftUrl, Cran, ConanCenter];

    /// <summary>The base ecosystem of a name such as <c>Debian:12</c> or <c>npm</c>.</summary>
    public static string Base(string ecosystem)
    {
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? ecosystem[..colon] : ecosystem;
    }

    /// <summary>The package name as the ecosystem compares it: PyPI names are case-insensitive with
    /// <c>-</c>, <c>_</c> and <c>.</c> equivalent (PEP 503); NuGet and Packagist are case-insensitive.</summary>
    public static string NormaliseName(string ecosystem, string name) => ecosystem switch
    {
        PyPI => Pep503(name),
        NuGet or Packagist => name.Trim().ToLowerInvariant(),
        _ => name.Trim(),
    };

    private static string Pep503(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        var lastSep = false;
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (c is '-' or '_' or '.')
            {
                if (!lastSep) sb.Append('-');
                lastSep = true;
            }
            else
            {
                sb.Append(c);
                lastSep = false;
            }
        }

        return sb.ToString();
    }
}
