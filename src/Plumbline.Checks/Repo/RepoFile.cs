namespace Plumbline.Checks.Repo;

/// <summary>One file of the target as the collector saw it.</summary>
/// <param name="Path">Relative to the root, forward slashes.</param>
/// <param name="Size">Size in bytes (for symlinks, the length of the link target).</param>
/// <param name="Kind">Whether it was read, and if not, why.</param>
public sealed record RepoFile(string Path, long Size, FileKind Kind)
{
    /// <summary>The decoded text for <see cref="FileKind.Text"/> files; null otherwise.</summary>
    public string? Text { get; init; }

    /// <summary>True when the bytes were not valid UTF-8 (the text holds replacement characters).</summary>
    public bool InvalidUtf8 { get; init; }

    /// <summary>Why the file could not be read, for <see cref="FileKind.Unreadable"/>.</summary>
    public string? Problem { get; init; }

    /// <summary>The file name without folders.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>The lowercase extension with its dot, or empty.</summary>
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    /// <summary>The folder part, empty at the root.</summary>
    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : string.Empty;

    /// <summary>True when the text was read.</summary>
    public bool HasText => Text is not null;
}
