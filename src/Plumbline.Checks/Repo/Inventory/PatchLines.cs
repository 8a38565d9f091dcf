namespace Plumbline.Checks.Repo.Inventory;

/// <summary>Counts the lines of a patch (<c>.patch</c>, <c>.diff</c>) as cloc does: the changes and the hunk and file
/// markers are code; context lines (a space in the first column), <c>---</c> and <c>+++</c> headers and <c>#</c> lines
/// are comment; whitespace-only lines are blank.</summary>
/// <remarks>A patch's comment syntax is its first column, which the <see cref="Language"/> model of comment tokens
/// after leading white space cannot say.</remarks>
public static class PatchLines
{
    /// <summary>Counts the lines of a patch.</summary>
    public static LineCounts Count(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return default;
        }

        long code = 0, comment = 0, blank = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (line.IsWhiteSpace())
            {
                blank++;
            }
            else if (char.IsWhiteSpace(line[0]) || line[0] == '#' || line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("+++", StringComparison.Ordinal))
            {
                comment++;
            }
            else
            {
                code++;
            }
        }

        // A final newline ends the last line rather than starting an empty one.
        return text.EndsWith('\n') ? new LineCounts(code, comment, blank - 1) : new LineCounts(code, comment, blank);
    }
}
