using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>The small part of TOML that lockfiles (Cargo.lock, poetry.lock, uv.lock) use: <c>[[package]]</c> array
/// tables of <c>key = value</c> lines, where values are strings, inline tables or (multi-line) arrays.
/// Sub-tables such as <c>[package.dependencies]</c> are skipped. Values are kept as raw text.</summary>
internal static class TomlTables
{
    public static ParseResult<IReadOnlyList<Dictionary<string, string>>> Read(string text, string source, string arrayTable)
    {
        var tables = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('['))
            {
                if (!line.EndsWith(']'))
                {
                    return Fail(source, $"a table header must end with ']': '{Short(line)}'", i + 1);
                }

                current = null;
                if (line == $"[[{arrayTable}]]")
                {
                    current = new Dictionary<string, string>(StringComparer.Ordinal);
                    tables.Add(current);
                }

                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                return Fail(source, $"expected 'key = value', found '{Short(line)}'", i + 1);
            }

            var key = line[..eq].Trim().Trim('"');
            var value = line[(eq + 1)..].Trim();
            var start = i;

            // Arrays and inline tables may span lines; gather until brackets balance.
            while (Depth(value) > 0 && i + 1 < lines.Length)
            {
                value += "\n" + lines[++i].Trim();
            }

            if (Depth(value) != 0)
            {
                return Fail(source, $"the value of '{key}' is not closed", start + 1);
            }

            if (value.StartsWith('"') && (value.Length < 2 || !value.EndsWith('"')) && !value.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                return Fail(source, $"the string value of '{key}' is not closed", start + 1);
            }

            if (current is not null) current[key] = value;
        }

        return ParseResult<IReadOnlyList<Dictionary<string, string>>>.Ok(tables);
    }

    /// <summary>The text of a simple quoted string value.</summary>
    public static string? String(Dictionary<string, string> table, string key) =>
        table.TryGetValue(key, out var raw) && raw.Length >= 2 && raw[0] is '"' or '\'' ? raw[1..^1] : null;

    /// <summary>Every quoted string inside a raw value (array items, inline table values).</summary>
    public static IEnumerable<string> Strings(string raw)
    {
        var i = 0;
        while (i < raw.Length)
        {
            var q = raw.IndexOf('"', i);
            if (q < 0) yield break;
            var end = raw.IndexOf('"', q + 1);
            if (end < 0) yield break;
            yield return raw[(q + 1)..end];
            i = end + 1;
        }
    }

    private static int Depth(string value)
    {
        var depth = 0;
        var inString = false;
        foreach (var c in value)
        {
            if (c == '"') inString = !inString;
            else if (!inString && c is '[' or '{') depth++;
            else if (!inString && c is ']' or '}') depth--;
        }

        return depth;
    }

    private static ParseResult<IReadOnlyList<Dictionary<string, string>>> Fail(string source, string message, int line) =>
        ParseResult<IReadOnlyList<Dictionary<string, string>>>.Fail(new InputError(source, message, line));

    private static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
