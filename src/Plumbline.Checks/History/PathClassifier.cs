using Plumbline.Checks.Audit;

namespace Plumbline.Checks.History;

/// <summary>Tells documentation and vendored or generated files apart from source, by path alone, so that
/// authorship of a README or a copied library does not count as knowledge of the system.</summary>
internal sealed class PathClassifier
{
    private static readonly string[] DocExtensions = [".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".txt", ".textile"];
    private static readonly string[] DocFolders = ["docs", "doc", "documentation", "man"];
    private static readonly string[] DocNames = ["license", "licence", "copying", "changelog", "changes", "authors", "contributors", "notice", "history", "readme"];
    private static readonly string[] VendorFolders = ["vendor", "vendored", "third_party", "thirdparty", "third-party", "external", "node_modules", "bower_components", "pods", "deps", "extern"];
    private static readonly string[] GeneratedNames =
    [
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "composer.lock", "gemfile.lock", "cargo.lock",
        "poetry.lock", "pipfile.lock", "go.sum", "packages.lock.json", "mix.lock", "pubspec.lock", "podfile.lock", ".mailmap",
    ];

    private readonly ExcludeList _excludes;

    /// <summary>A classifier that also applies the configuration's exclude globs.</summary>
    public PathClassifier(IEnumerable<string> excludeGlobs) => _excludes = new ExcludeList(excludeGlobs);

    /// <summary>The class of a repository-relative path with forward slashes.</summary>
    public PathClass Classify(string path)
    {
        if (_excludes.Matches(path))
        {
            return PathClass.Excluded;
        }

        var lower = path.ToLowerInvariant();
        var segments = lower.Split('/');
        var name = segments[^1];
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (VendorFolders.Contains(segments[i]))
            {
                return PathClass.Vendored;
            }
        }

        if (GeneratedNames.Contains(name) || name.EndsWith(".min.js", StringComparison.Ordinal) || name.EndsWith(".min.css", StringComparison.Ordinal))
        {
            return PathClass.Vendored;
        }

        if (segments.Length > 1 && DocFolders.Contains(segments[0]))
        {
            return PathClass.Documentation;
        }

        var stem = name.Contains('.', StringComparison.Ordinal) ? name[..name.IndexOf('.', StringComparison.Ordinal)] : name;
        return DocExtensions.Contains(Path.GetExtension(name)) || DocNames.Contains(stem) ? PathClass.Documentation : PathClass.Source;
    }
}
