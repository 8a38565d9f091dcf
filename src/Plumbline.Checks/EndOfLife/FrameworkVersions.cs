using Plumbline.Checks.Dependencies;
using Plumbline.Checks.Vulnerabilities.Lockfiles;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Framework and CMS versions from the dependency files Plumbline already reads: the resolved version in a
/// lockfile when there is one, else the newest version the manifest's requirement allows. Only dependencies the project
/// declares itself count (a framework pulled in by a tool is not what the application runs on).</summary>
internal static class FrameworkVersions
{
    private static readonly Dictionary<(string Ecosystem, string Package), string> Packages = new()
    {
        [("npm", "angular")] = "angularjs",
        [("npm", "@angular/core")] = "angular",
        [("npm", "vue")] = "vue",
        [("npm", "react")] = "react",
        [("npm", "express")] = "express",
        [("npm", "next")] = "nextjs",
        [("npm", "jquery")] = "jquery",
        [("RubyGems", "rails")] = "ruby-on-rails",
        [("PyPI", "django")] = "django",
        [("Packagist", "laravel/framework")] = "laravel",
        [("Packagist", "symfony/symfony")] = "symfony",
        [("Packagist", "symfony/http-kernel")] = "symfony",
        [("Packagist", "drupal/core")] = "drupal",
        [("Packagist", "drupal/core-recommended")] = "drupal",
        [("Packagist", "roots/wordpress")] = "wordpress",
        [("Packagist", "johnpbloch/wordpress")] = "wordpress",
    };

    public static bool Reads(string name) => LockfileParsers.For(name) is not null || ManifestEcosystem(name) is not null;

    public static IEnumerable<DetectedPlatform> Detect(IReadOnlyList<SourceFile> files)
    {
        var fromLockfiles = new List<DetectedPlatform>();
        foreach (var file in files)
        {
            if (LockfileParsers.For(file.Name) is not { } parser) continue;
            var parsed = parser.Parse(file.Text, file.Path);
            if (!parsed.Success) continue;
            // Where the lockfile does not say which packages are direct (yarn.lock, composer.lock), the manifest beside it does.
            var declared = files.Where(f => f.Folder == file.Folder && ManifestEcosystem(f.Name) is not null)
                .SelectMany(f => Read(f, ManifestEcosystem(f.Name)!)).Where(d => !d.Development).Select(d => d.Name.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            foreach (var package in parsed.Value.Where(p => p.Direct == true || (p.Direct is null && (declared.Count == 0 || declared.Contains(p.Name.ToLowerInvariant())))))
            {
                if (Product(package.Ecosystem, package.Name) is not { } product) continue;
                var index = file.Text.IndexOf(package.Name, StringComparison.OrdinalIgnoreCase);
                fromLockfiles.Add(new DetectedPlatform(product, package.Version, file.Path, index < 0 ? null : file.LineOf(index), $"{package.Name} {package.Version} (resolved in {file.Name})"));
            }
        }

        var found = fromLockfiles.DistinctBy(p => (p.Product, p.Version, p.Path)).ToList();
        foreach (var file in files)
        {
            if (ManifestEcosystem(file.Name) is not { } ecosystem) continue;
            foreach (var dependency in Read(file, ecosystem).Where(d => !d.Development && d.Version is not null))
            {
                if (Product(ecosystem, dependency.Name) is not { } product) continue;
                // The lockfile beside (or above) the manifest says what is installed; the manifest only what is allowed.
                if (found.Any(p => p.Product == product && (file.Folder.Length == 0 || (p.Path + "/").StartsWith(file.Folder + "/", StringComparison.Ordinal) || file.Folder.StartsWith(Folder(p.Path), StringComparison.Ordinal)))) continue;
                if (Requirement.NewestAllowed(dependency.Version!) is not { } version) continue;
                // JSON manifests are read without positions: the line is where the quoted name first appears.
                var index = file.Text.IndexOf($"\"{dependency.Name}\"", StringComparison.Ordinal);
                var line = dependency.Line ?? (index < 0 ? null : file.LineOf(index));
                found.Add(new DetectedPlatform(product, version, file.Path, line, $"{dependency.Name} {dependency.Version} (required in {file.Name})"));
            }
        }

        return found;
    }

    private static string? Product(string ecosystem, string name) => Packages.GetValueOrDefault((ecosystem, name.ToLowerInvariant()));

    private static string Folder(string path) => path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : string.Empty;

    private static string? ManifestEcosystem(string name) => name.ToLowerInvariant() switch
    {
        "package.json" => "npm",
        "composer.json" => "Packagist",
        "gemfile" => "RubyGems",
        "pyproject.toml" => "PyPI",
        var n when n.StartsWith("requirements", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal) => "PyPI",
        _ => null,
    };

    private static List<Dependency> Read(SourceFile file, string ecosystem)
    {
        try
        {
            return ecosystem switch
            {
                "npm" => JsonManifests.Npm(file.Text),
                "Packagist" => JsonManifests.Composer(file.Text),
                "RubyGems" => TextManifests.Gemfile(file.Text),
                "PyPI" when file.Name.Equals("pyproject.toml", StringComparison.OrdinalIgnoreCase) => TomlManifests.PyProject(file.Text).Dependencies,
                _ => TextManifests.Requirements(file.Text),
            };
        }
        catch (ManifestParseException)
        {
            // ManifestsAreReadable reports it; a manifest that cannot be read names no framework.
            return [];
        }
    }
}
