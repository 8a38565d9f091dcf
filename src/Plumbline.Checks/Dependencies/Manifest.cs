namespace Plumbline.Checks.Dependencies;

/// <summary>One dependency manifest and what it declares.</summary>
/// <param name="Path">Root-relative path of the manifest.</param>
/// <param name="Ecosystem">See <see cref="Dependencies.Ecosystem"/>.</param>
/// <param name="Dependencies">Direct dependencies, in file order.</param>
public sealed record Manifest(string Path, string Ecosystem, IReadOnlyList<Dependency> Dependencies)
{
    /// <summary>Why the manifest could not be read (a parse error with its position); null when it was.</summary>
    public string? Error { get; init; }

    /// <summary>The lockfile that pins this manifest's dependencies, when one was found.</summary>
    public string? Lockfile { get; init; }

    /// <summary>True when the ecosystem expects a committed lockfile (npm, Cargo, Go, Bundler, Composer, Pub, Poetry, Pipenv).</summary>
    public bool LockfileExpected { get; init; }

    /// <summary>Dependencies whose version is missing, a wildcard, or an open range.</summary>
    public IReadOnlyList<Dependency> Unpinned { get; init; } = [];

    /// <summary>The folder the manifest is in (empty at the root).</summary>
    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : string.Empty;
}
