namespace Plumbline.Checks.Repo;

/// <summary>One file of the target as the collector saw it.</summary>
/// <param name="Path">Relative to the root, forward slashes.</param>
/// <param name="Size">Size in bytes (for symlinks, the length of the link target).</param>
/// <param name="Kind">Whether it was read, and if not, why.</param>
public sealed record RepoFile(string Path, long Size, FileKind Kind)
{
    private readonly Func<string>? _load;
    private string? _text;

    /// <summary>The decoded text for <see cref="FileKind.Text"/> files; null otherwise. Read again from the working
    /// tree on first use when the collector did not keep it (most files are only counted, never read by a check).</summary>
    public string? Text
    {
        get => _text ??= _load?.Invoke();
        init => _text = value;
    }

    /// <summary>How to read the text again when it was not kept; it returns the same decoding the collector made.</summary>
    internal Func<string>? Load { init => _load = value; }

    /// <summary>What was learned from the text while collecting; null when the file was not read as text.</summary>
    public TextFacts? Facts { get; init; }

    /// <summary>True when the bytes were not valid UTF-8 (the text holds replacement characters).</summary>
    public bool InvalidUtf8 { get; init; }

    /// <summary>Why the file could not be read, for <see cref="FileKind.Unreadable"/>.</summary>
    public string? Problem { get; init; }

    // Worked out once: every check asks for them of every file.

    /// <summary>The file name without folders.</summary>
    public string Name { get; } = System.IO.Path.GetFileName(Path);

    /// <summary>The lowercase extension with its dot, or empty.</summary>
    public string Extension { get; } = System.IO.Path.GetExtension(Path).ToLowerInvariant();

    /// <summary>The folder part, empty at the root.</summary>
    public string Folder { get; } = Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : string.Empty;

    /// <summary>True when the file was read as text.</summary>
    public bool HasText => Kind == FileKind.Text;

    /// <summary>The language of a text file, by name, extension or shebang; null when unknown or not text.</summary>
    public Inventory.Language? Language => Facts?.Language;

    /// <summary>False only when the file certainly does not contain <paramref name="word"/> (see <see cref="ContentProbe"/>);
    /// a check that needs the word then reads <see cref="Text"/>.</summary>
    public bool MayContain(string word) => HasText && ContentProbe.MayContain(Facts?.Mentions, word);

    /// <summary>False only when the file certainly contains none of <paramref name="words"/>.</summary>
    public bool MayContainAny(IEnumerable<string> words) => HasText && ContentProbe.MayContainAny(Facts?.Mentions, words);
}
