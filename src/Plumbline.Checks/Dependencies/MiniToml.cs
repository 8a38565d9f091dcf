namespace Plumbline.Checks.Dependencies;

/// <summary>Just enough TOML for dependency tables: <c>[section]</c> headers and <c>key = value</c> lines, including
/// multi-line arrays and inline tables. Anything else is a parse error with its line number.</summary>
internal static class MiniToml
{
    /// <summary>An entry: its section, key, raw value (multi-line arrays joined) and line.</summary>
    public sealed record Entry(string Section, string Key, string Value, int Line);

    public static List<Entry> Read(string text)
    {
        var entries = new List<Entry>();
        var section = string.Empty;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                if (!line.EndsWith(']'))
                {
                    throw new ManifestParseException($"line {i + 1}: a section header must end with ']'");
                }

                section = line.Trim('[', ']').Trim();
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ManifestParseException($"line {i + 1}: expected 'key = value', found '{Shorten(line)}'");
            }

            var key = line[..eq].Trim().Trim('"', '\'');
            var value = line[(eq + 1)..].Trim();
            var start = i;
            var depth = Depth(value);
            var multiline = value.StartsWith("\"\"\"", StringComparison.Ordinal) && value.Length >= 3 && value.IndexOf("\"\"\"", 3, StringComparison.Ordinal) < 0;
            while ((depth > 0 || multiline) && i + 1 < lines.Length)
            {
                i++;
                var more = StripComment(lines[i]).Trim();
                value += " " + more;
                depth += Depth(more);
                if (multiline && more.Contains("\"\"\"", StringComparison.Ordinal))
                {
                    multiline = false;
                }
            }

            if (depth > 0 || multiline)
            {
                throw new ManifestParseException($"line {start + 1}: the value of '{key}' is never closed");
            }

            if (value.Length == 0)
            {
                throw new ManifestParseException($"line {start + 1}: '{key}' has no value");
            }

            entries.Add(new Entry(section, key, value, start + 1));
        }

        return entries;
    }

    /// <summary>The quoted strings in a value (<c>["a", "b"]</c> → a, b).</summary>
    public static List<string> Strings(string value)
    {
        var result = new List<string>();
        for (var i = 0; i < value.Length; i++)
        {
            var q = value[i];
            if (q is not ('"' or '\''))
            {
                continue;
            }

            var end = value.IndexOf(q, i + 1);
            if (end < 0)
            {
                break;
            }

            result.Add(value[(i + 1)..end]);
            i = end;
        }

        return result;
    }

    /// <summary>The string value of <c>key = "x"</c> inside an inline table, or of a plain string value.</summary>
    public static string? Field(string value, string key)
    {
        var v = value.Trim();
        if (!v.StartsWith('{'))
        {
            return key == "version" && (v.StartsWith('"') || v.StartsWith('\'')) ? Strings(v).FirstOrDefault() : null;
        }

        var at = v.IndexOf(key, StringComparison.Ordinal);
        while (at >= 0)
        {
            var after = v[(at + key.Length)..].TrimStart();
            var before = at == 0 ? ' ' : v[at - 1];
            if (after.StartsWith('=') && (before is ' ' or '{' or ','))
            {
                return Strings(after[1..]).FirstOrDefault();
            }

            at = v.IndexOf(key, at + key.Length, StringComparison.Ordinal);
        }

        return null;
    }

    private static int Depth(string s)
    {
        var depth = 0;
        var inString = '\0';
        foreach (var c in s)
        {
            if (inString != '\0')
            {
                if (c == inString)
                {
                    inString = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                inString = c;
            }
            else if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}')
            {
                depth--;
            }
        }

        return depth;
    }

    private static string StripComment(string line)
    {
        var inString = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inString != '\0')
            {
                if (c == inString)
                {
                    inString = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                inString = c;
            }
            else if (c == '#')
            {
                return line[..i];
            }
        }

        return line.TrimEnd('\r');
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
