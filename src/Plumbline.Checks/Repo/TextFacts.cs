using Plumbline.Checks.Repo.Inventory;

namespace Plumbline.Checks.Repo;

/// <summary>What the collector learns from a text file while its content is in hand, so that the inventory and the
/// checks that sweep every file need not keep or re-read the text.</summary>
/// <param name="Language">The language by name, extension or shebang; null when unknown.</param>
/// <param name="Lines">Code, comment and blank lines; zero for files the inventory leaves out (unknown language,
/// generated, lockfile).</param>
/// <param name="LooksGenerated">True when the content says it was generated (a header marker, or a minified bundle).</param>
/// <param name="ContentHash">A 64-bit hash of the content (XxHash64), to count identical copies once.</param>
/// <param name="Length">The text's length in characters.</param>
/// <param name="Mentions">The <see cref="ContentProbe"/> scan; null when files of this kind are not probed.</param>
public sealed record TextFacts(Language? Language, LineCounts Lines, bool LooksGenerated, ulong ContentHash, int Length, ulong? Mentions)
{
    /// <summary>Learns the facts of the file at <paramref name="path"/> from its bytes and their decoding.</summary>
    /// <remarks>XxHash64 rather than XxHash128: 64 bits are plenty, and XxHash128's vector code cannot be precompiled.
    /// Two different files of the same length in one tree meet a 64-bit collision with a chance of about one in 10^19.</remarks>
    public static TextFacts Of(string path, ReadOnlySpan<byte> content, ReadOnlySpan<char> text)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path);
        var generated = FileClassifier.LooksGenerated(text, extension);
        var language = Languages.Detect(name, text);
        var counted = language is not null && !generated && !FileClassifier.IsLockfile(path) && !FileClassifier.IsGeneratedByPath(path);
        return new TextFacts(
            language,
            counted ? LineCounter.Count(text, language!) : default,
            generated,
            ContentHasher.Of(content),
            text.Length,
            ContentProbe.Scan(extension, text));
    }
}
