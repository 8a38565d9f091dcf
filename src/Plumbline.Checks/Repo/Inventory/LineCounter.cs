using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Plumbline.Checks.Repo.Inventory;

/// <summary>Counts code, comment and blank lines the way cloc does: a blank line is whitespace only (even inside a
/// block comment), a comment line has nothing but comment, and any code on a line makes it a code line.</summary>
/// <remarks>Strings are not parsed, as in cloc, so a comment token inside a string literal counts as a comment.</remarks>
public static class LineCounter
{
    /// <summary>Counts the lines of a text in a language.</summary>
    /// <remarks>Most lines are decided without looking at them closely: a line that does not start a comment, outside
    /// a block comment, is code unless a block comment opens later on it, and a line inside a block comment is comment
    /// unless the block ends on it. Where the next block start (or end) is comes from one search over the text that is
    /// reused until a line passes it, so the common line costs a newline search and a few comparisons. The other lines
    /// are read token by token (<see cref="HasCode"/>).
    /// Compiled fully optimised on first use rather than precompiled: it runs once per file on every line, and
    /// precompiled code cannot inline the span searches it is made of.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LineCounts Count(ReadOnlySpan<char> text, Language language)
    {
        if (language.IsPatch)
        {
            return PatchLines.Count(text);
        }

        long code = 0, comment = 0, blank = 0;
        var (lineComments, blocks, openers) = Syntaxes.GetOrAdd(language, Syntax.Of);
        var nextStart = new Lookahead[blocks.Length];
        var nextEnd = default(Lookahead);
        string? blockEnd = null;
        var pos = 0;
        while (pos < text.Length)
        {
            var nl = text[pos..].IndexOf('\n');
            var lineEnd = nl < 0 ? text.Length : pos + nl;
            var first = pos;
            while (first < lineEnd && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            if (first == lineEnd)
            {
                blank++;
            }
            else if (blockEnd is null)
            {
                if (!StartsComment(text[first..lineEnd], openers, lineComments, blocks) && !BlockStartsWithin(text, first + 1, lineEnd, blocks, nextStart))
                {
                    code++;
                }
                else if (HasCode(text[first..lineEnd].TrimEnd(), ref blockEnd, lineComments, blocks))
                {
                    code++;
                }
                else
                {
                    comment++;
                }
            }
            else if (!nextEnd.Within(text, blockEnd, first, lineEnd))
            {
                comment++;
            }
            else if (HasCode(text[first..lineEnd].TrimEnd(), ref blockEnd, lineComments, blocks))
            {
                code++;
            }
            else
            {
                comment++;
            }

            pos = lineEnd + 1;
        }

        return new LineCounts(code, comment, blank);
    }

    /// <summary>True when a line (without leading whitespace) begins with a line comment or a block comment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsComment(ReadOnlySpan<char> line, string openers, string[] lineComments, (string Start, string End)[] blocks)
    {
        if (!openers.Contains(line[0]))
        {
            return false;
        }

        for (var b = 0; b < blocks.Length; b++)
        {
            if (line.StartsWith(blocks[b].Start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return StartsLineComment(line, lineComments);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool BlockStartsWithin(ReadOnlySpan<char> text, int from, int to, (string Start, string End)[] blocks, Lookahead[] next)
    {
        for (var b = 0; b < blocks.Length; b++)
        {
            if (next[b].Within(text, blocks[b].Start, from, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads one line (trimmed, not blank) token by token; true when any of it is code. Updates
    /// <paramref name="blockEnd"/>: the token that ends the block comment the line leaves open, or null.</summary>
    private static bool HasCode(ReadOnlySpan<char> trimmed, ref string? blockEnd, string[] lineComments, (string Start, string End)[] blocks)
    {
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

        return hasCode;
    }

    // Per language, once: counting runs per file, and languages are few.
    private static readonly ConcurrentDictionary<Language, Syntax> Syntaxes = new(ReferenceEqualityComparer.Instance);

    /// <summary>A language's comment tokens as arrays (a foreach over an interface allocates an enumerator), and the
    /// first character of each (<paramref name="Openers"/>): a line starting with any other character starts no comment.</summary>
    private sealed record Syntax(string[] LineComments, (string Start, string End)[] Blocks, string Openers)
    {
        public static Syntax Of(Language language) => new(
            [.. language.LineComments],
            [.. language.BlockComments],
            new([.. language.LineComments.Select(t => t[0]).Concat(language.BlockComments.Select(b => b.Start[0])).Distinct()]));
    }

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

    /// <summary>Where a token next occurs in the text, found by one search and reused by every line before it.</summary>
    private struct Lookahead
    {
        private string? _token;
        private int _searchedFrom;
        private int _at; // int.MaxValue: not found after _searchedFrom

        /// <summary>True when <paramref name="token"/> starts somewhere in [from, to).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Within(ReadOnlySpan<char> text, string token, int from, int to)
        {
            if (!ReferenceEquals(token, _token) || from < _searchedFrom || _at < from)
            {
                var found = text[from..].IndexOf(token, StringComparison.Ordinal);
                _token = token;
                _searchedFrom = from;
                _at = found < 0 ? int.MaxValue : from + found;
            }

            return _at < to;
        }
    }
}
