using System.Runtime.CompilerServices;

namespace Plumbline.Checks.Repo.Inventory;

/// <summary>Counts code, comment and blank lines the way cloc does: a blank line is whitespace only (even inside a
/// block comment), a comment line has nothing but comment, and any code on a line makes it a code line.</summary>
/// <remarks>Strings are not parsed, as in cloc, so a comment token inside a string literal counts as a comment.</remarks>
public static class LineCounter
{
    /// <summary>Counts the lines of a text in a language.</summary>
    /// <remarks>Compiled fully optimised on first use rather than precompiled: it runs once per file on every line, and
    /// precompiled code cannot inline the span searches it is made of.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LineCounts Count(ReadOnlySpan<char> text, Language language)
    {
        long code = 0, comment = 0, blank = 0;
        var span = text;
        var blockEnd = (string?)null;
        // Arrays rather than the language's lists: a foreach over an interface allocates an enumerator, and this runs per line.
        string[] lineComments = [.. language.LineComments];
        (string Start, string End)[] blocks = [.. language.BlockComments];
        while (span.Length > 0)
        {
            var nl = span.IndexOf('\n');
            var line = nl < 0 ? span : span[..nl];
            span = nl < 0 ? [] : span[(nl + 1)..];
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                blank++;
                continue;
            }

            var hasCode = false;
            var i = 0;
            while (i < trimmed.Length)
            {
                var rest = trimmed[i..];
                if (blockEnd is not null)
                {
                    var end = rest.IndexOf(blockEnd.AsSpan(), StringComparison.Ordinal);
                    if (end < 0)
                    {
                        break;
                    }

                    i += end + blockEnd.Length;
                    blockEnd = null;
                    continue;
                }

                if (hasCode)
                {
                    // The line is code already; only a block comment opening later on it still matters.
                    var next = NextBlockStart(rest, blocks);
                    if (next < 0 || LineCommentBefore(rest, lineComments, next))
                    {
                        break;
                    }

                    i += next;
                    rest = trimmed[i..];
                }

                var c = rest[0];
                if (c is ' ' or '\t' or '\r')
                {
                    i++;
                    continue;
                }

                var opened = false;
                for (var b = 0; b < blocks.Length; b++)
                {
                    if (rest.StartsWith(blocks[b].Start, StringComparison.Ordinal))
                    {
                        blockEnd = blocks[b].End;
                        i += blocks[b].Start.Length;
                        opened = true;
                        break;
                    }
                }

                if (opened)
                {
                    continue;
                }

                if (StartsLineComment(rest, lineComments))
                {
                    break;
                }

                hasCode = true;
                i++;
            }

            if (hasCode)
            {
                code++;
            }
            else
            {
                comment++;
            }
        }

        return new LineCounts(code, comment, blank);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextBlockStart(ReadOnlySpan<char> rest, (string Start, string End)[] blocks)
    {
        var best = -1;
        for (var b = 0; b < blocks.Length; b++)
        {
            var at = rest.IndexOf(blocks[b].Start, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LineCommentBefore(ReadOnlySpan<char> rest, string[] tokens, int limit)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            var at = rest.IndexOf(tokens[t], StringComparison.Ordinal);
            if (at >= 0 && at < limit)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsLineComment(ReadOnlySpan<char> rest, string[] tokens)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            if (rest.StartsWith(tokens[t], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
