using System.IO.Hashing;
using Plumbline.Checks.Repo.Inventory;

namespace Plumbline.Checks.Repo;

/// <summary>What the collector learns from a text file while its content is in hand, so that the inventory and the
/// checks that sweep every file need not keep or re-read the text.</summary>
/// <param name="Language">The language by name, extension or shebang; null when unknown.</param>
/// <param name="Lines">Code, comment and blank lines; zero for files the inventory leaves out (unknown language,
/// generated, lockfile).</param>
/// <param name="LooksGenerated">True when the content says it was generated (a header marker, or a minified bundle).</param>
/// <param name="ContentHash">A 128-bit hash of the content, to count identical copies once; null when no other file
/// has the same size, so none can be a copy.</param>
/// <param name="Length">The text's length in characters.</param>
/// <param name="Mentions">The <see cref="ContentProbe"/> scan; null when files of this kind are not probed.</param>
public sealed record TextFacts(Language? Language, LineCounts Lines, bool LooksGenerated, UInt128? ContentHash, int Length, ulong? Mentions)
{
    /// <summary>Learns the facts of the file at <paramref name="path"/> from its bytes and their decoding; the content is
    /// hashed when <paramref name="hash"/> is true.</summary>
    public static TextFacts Of(string path, ReadOnlySpan<byte> content, ReadOnlySpan<char> text, bool hash)
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
            hash ? XxHash128.HashToUInt128(content) : null,
            text.Length,
            ContentProbe.Scan(extension, text));
    }
}
