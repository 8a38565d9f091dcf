using Plumbline.Checks.Audit;
using Plumbline.Checks.Repo;

namespace Plumbline.Checks.History;

/// <summary>Tells documentation and vendored, generated or binary files apart from source, so that authorship of a
/// README, a copied library, a build output or a font does not count as knowledge of the system.</summary>
/// <remarks>In order: the configuration's <c>exclude</c> globs; the repository's own <c>linguist-*</c> attributes
/// (<see cref="LinguistAttributes"/>); the inventory's rules (<see cref="FileClassifier"/>: vendored folders,
/// lockfiles, generated folders and names such as <c>dist/</c> and <c>*.min.js</c>, binary extensions); then a few
/// more vendored folder names and the documentation paths. Binary content is caught later, from git's numstat.</remarks>
internal sealed class PathClassifier
{
    private static readonly string[] DocExtensions = [".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".txt", ".textile"];
    private static readonly string[] DocFolders = ["docs", "doc", "documentation", "man"];
    private static readonly string[] DocNames = ["license", "licence", "copying", "changelog", "changes", "authors", "contributors", "notice", "history", "readme"];

    // Beyond the inventory's vendored folders: names that hold copied-in code often enough to leave out of authorship.
    private static readonly string[] MoreVendorFolders = ["vendored", "third-party", "external", "deps", "extern"];

    private readonly ExcludeList _excludes;
    private readonly LinguistAttributes _attributes;

    /// <summary>A classifier that applies the configuration's exclude globs and the repository's linguist attributes.</summary>
    public PathClassifier(IEnumerable<string> excludeGlobs, LinguistAttributes? attributes = null)
    {
        _excludes = new ExcludeList(excludeGlobs);
        _attributes = attributes ?? LinguistAttributes.None;
    }

    /// <summary>The same exclude globs with the linguist attributes of the audited commit.</summary>
    public PathClassifier With(LinguistAttributes attributes) => new(_excludes, attributes);

    private PathClassifier(ExcludeList excludes, LinguistAttributes attributes)
    {
        _excludes = excludes;
        _attributes = attributes;
    }

    /// <summary>The class of a repository-relative path with forward slashes.</summary>
    public PathClass Classify(string path)
    {
        if (_excludes.Matches(path))
        {
            return PathClass.Excluded;
        }

        if (_attributes.Classify(path) is { } said)
        {
            return said;
        }

        if (FileClassifier.IsVendored(path) || FileClassifier.IsLockfile(path) || FileClassifier.IsGeneratedByPath(path) || FileClassifier.HasBinaryExtension(path))
        {
            return PathClass.Vendored;
        }

        var lower = path.ToLowerInvariant();
        var segments = lower.Split('/');
        var name = segments[^1];
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (MoreVendorFolders.Contains(segments[i]))
            {
                return PathClass.Vendored;
            }
        }

        if (name == ".mailmap")
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
