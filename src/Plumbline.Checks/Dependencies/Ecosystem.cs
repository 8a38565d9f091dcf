namespace Plumbline.Checks.Dependencies;

/// <summary>Package ecosystems whose manifests Plumbline reads.</summary>
public static class Ecosystem
{
    public const string Npm = "npm";
    public const string NuGet = "NuGet";
    public const string PyPI = "PyPI";
    public const string Go = "Go";
    public const string Cargo = "Cargo";
    public const string Maven = "Maven";
    public const string Gradle = "Gradle";
    public const string RubyGems = "RubyGems";
    public const string Composer = "Composer";
    public const string Pub = "Pub";
}
