namespace Plumbline.Checks.Repo;

/// <summary>Everything the repo checks read, collected up front; immutable.</summary>
/// <param name="DisplayName">The target as the user named it.</param>
/// <param name="Source">Where the file list came from.</param>
/// <param name="Files">Every file in scope (excluded paths removed), sorted by path.</param>
/// <param name="History">Recent history; null for a plain folder or a repository with no commits.</param>
/// <param name="Now">The audit's clock reading.</param>
public sealed record RepoSnapshot(string DisplayName, RepoSource Source, IReadOnlyList<RepoFile> Files, RepoHistory? History, DateTimeOffset Now)
{
    private readonly Dictionary<string, RepoFile> _byPath = Files.ToDictionary(f => f.Path, StringComparer.Ordinal);

    /// <summary>True when the target is a git repository.</summary>
    public bool IsGitRepository => Source != RepoSource.FileSystem || IsRepositoryWithoutCommits;

    /// <summary>True for a git repository that has no commits yet.</summary>
    public bool IsRepositoryWithoutCommits { get; init; }

    /// <summary>Settings from the <c>repo</c> section of plumbline.yml.</summary>
    public RepoSettings Settings { get; init; } = RepoSettings.Default;

    /// <summary>Plain sentences on what was skipped or could not be read.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The file at a path, or null.</summary>
    public RepoFile? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>True when a file exists at the path.</summary>
    public bool Exists(string path) => _byPath.ContainsKey(path);

    /// <summary>Files whose name matches (case-insensitive), anywhere in the tree.</summary>
    public IEnumerable<RepoFile> Named(params string[] names) =>
        Files.Where(f => names.Any(n => string.Equals(f.Name, n, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Files at the root (or in one of <paramref name="folders"/>) whose name, case-insensitive, starts with one of the prefixes.</summary>
    public IEnumerable<RepoFile> AtTop(string[] prefixes, params string[] folders) =>
        Files.Where(f =>
            (f.Folder.Length == 0 || folders.Any(d => string.Equals(f.Folder, d, StringComparison.OrdinalIgnoreCase)))
            && prefixes.Any(p => f.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Files under a folder (prefix match on the path, case-insensitive).</summary>
    public IEnumerable<RepoFile> Under(string folder) =>
        Files.Where(f => f.Path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));

    // Facts derived from the files that several checks and the metrics read are worked out once, on first use.
    // The collector's 'with' copies happen before any check runs, so no copy carries a fact of other files.

    /// <summary>Every dependency manifest, in path order; a malformed one carries its error.</summary>
    public IReadOnlyList<Dependencies.Manifest> Manifests => field ??= Dependencies.Manifests.Read(this);

    /// <summary>Source files in a programming language, split into tests and the rest.</summary>
    public TestSuite.TestSplit TestSplit => field ??= TestSuite.HasTests.Split(this);

    /// <summary>Text files, with their text.</summary>
    public IEnumerable<RepoFile> TextFiles => Files.Where(f => f.HasText);
}
