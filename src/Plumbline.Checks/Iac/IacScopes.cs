using System.Text.RegularExpressions;

namespace Plumbline.Checks.Iac;

/// <summary>Cuts a file into the parts rules judge (<see cref="IacScope"/>). Line-based on purpose: it reads what
/// people write in these files without a full YAML, HCL or Dockerfile parser, and says so in docs/iac.md.</summary>
public static partial class IacScopes
{
    /// <summary>The scopes named by <paramref name="scope"/> (<c>file</c>, <c>last-stage</c>, <c>run</c>, <c>service</c>,
    /// <c>document</c>, <c>resource:TYPE|TYPE</c>, <c>resource:TYPE&gt;BLOCK</c>).</summary>
    public static IEnumerable<IacScope> Of(string text, string scope)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scope);
        text = text.ReplaceLineEndings("\n");
        if (scope.Contains(';', StringComparison.Ordinal))
        {
            // Several kinds of scope, judged alike (a security group's ingress blocks and stand-alone ingress rules).
            return scope.Split(';').SelectMany(s => Of(text, s)).ToList();
        }

        if (scope == "file")
        {
            return [new IacScope("file", text, 1)];
        }

        if (scope == "last-stage")
        {
            var froms = From().Matches(text);
            var start = froms.Count == 0 ? 0 : froms[^1].Index;
            return [new IacScope("final stage", text[start..], LineAt(text, start))];
        }

        if (scope == "run")
        {
            return Run().Matches(text).Select(m => new IacScope("RUN", m.Value, LineAt(text, m.Index)));
        }

        if (scope == "service")
        {
            return Services(text);
        }

        if (scope == "document")
        {
            return Documents(text);
        }

        if (scope.StartsWith("resource:", StringComparison.Ordinal))
        {
            var spec = scope["resource:".Length..];
            var arrow = spec.IndexOf('>', StringComparison.Ordinal);
            var types = (arrow >= 0 ? spec[..arrow] : spec).Split('|');
            var inner = arrow >= 0 ? spec[(arrow + 1)..] : null;
            return Resources(text, types, inner);
        }

        throw new ArgumentException($"unknown scope '{scope}'", nameof(scope));
    }

    /// <summary>True when <paramref name="scope"/> is one <see cref="Of"/> knows.</summary>
    public static bool IsKnown(string scope) => scope.Split(';').All(IsKnownOne);

    private static bool IsKnownOne(string scope) =>
        scope is "file" or "last-stage" or "run" or "service" or "document" || (scope.StartsWith("resource:", StringComparison.Ordinal) && scope.Length > 9);

    private static List<IacScope> Services(string text)
    {
        // The keys one level under a top-level "services:", each with the lines indented under it.
        var lines = text.Split('\n');
        var scopes = new List<IacScope>();
        var inServices = false;
        int? indent = null;
        (string Name, int Start)? open = null;
        var offsets = new int[lines.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            offsets[i + 1] = offsets[i] + lines[i].Length + 1;
        }

        void Close(int end)
        {
            if (open is { } o)
            {
                scopes.Add(new IacScope($"service {o.Name}", text[offsets[o.Start]..Math.Min(offsets[end], text.Length)], o.Start + 1));
                open = null;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var lead = line.Length - line.TrimStart().Length;
            if (lead == 0)
            {
                Close(i);
                inServices = line.StartsWith("services:", StringComparison.Ordinal);
                indent = null;
                continue;
            }

            if (!inServices)
            {
                continue;
            }

            indent ??= lead;
            if (lead == indent && ServiceKey().Match(line) is { Success: true } key)
            {
                Close(i);
                open = (key.Groups[1].Value, i);
            }
        }

        Close(lines.Length);
        return scopes;
    }

    private static IEnumerable<IacScope> Documents(string text)
    {
        var start = 0;
        foreach (Match m in DocumentSeparator().Matches(text))
        {
            yield return Document(text, start, m.Index);
            start = m.Index + m.Length;
        }

        yield return Document(text, start, text.Length);
    }

    private static IacScope Document(string text, int start, int end)
    {
        var body = text[start..end];
        var kind = Kind().Match(body);
        var name = MetadataName().Match(body);
        return new IacScope($"{(kind.Success ? kind.Groups[1].Value : "document")}{(name.Success ? " " + name.Groups[1].Value : string.Empty)}", body, LineAt(text, start));
    }

    private static IEnumerable<IacScope> Resources(string text, string[] types, string? inner)
    {
        foreach (Match m in Resource().Matches(text))
        {
            var type = m.Groups["type"].Value;
            if (!types.Contains(type, StringComparer.Ordinal) || Block(text, m.Index + m.Length - 1) is not { } end)
            {
                continue;
            }

            var body = text[m.Index..end];
            var name = $"{type}.{m.Groups["name"].Value}";
            if (inner is null)
            {
                yield return new IacScope(name, body, LineAt(text, m.Index));
                continue;
            }

            // Nested blocks of that name at any depth (ingress { ... }, allow { ... }, security_rule { ... }).
            foreach (Match b in Regex.Matches(body, $@"(?m)^[ \t]*{Regex.Escape(inner)}\s*\{{", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                if (Block(body, b.Index + b.Length - 1) is { } blockEnd)
                {
                    yield return new IacScope($"{name} {inner}", body[b.Index..blockEnd], LineAt(text, m.Index) + body.AsSpan(0, b.Index).Count('\n'));
                }
            }
        }
    }

    /// <summary>The index just past the brace that closes the one at <paramref name="open"/>, skipping quoted strings
    /// and comments; null when it never closes.</summary>
    private static int? Block(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    for (i++; i < text.Length && text[i] != '"'; i++)
                    {
                        if (text[i] == '\\')
                        {
                            i++;
                        }
                    }

                    break;
                case '#':
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }

                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return null;
    }

    private static int LineAt(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    [GeneratedRegex(@"(?im)^[ \t]*FROM\s")]
    private static partial Regex From();

    // A RUN instruction with its continuation lines (a trailing backslash joins the next line).
    [GeneratedRegex(@"(?im)^[ \t]*RUN\s(?:[^\n]*\\\n)*[^\n]*")]
    private static partial Regex Run();

    [GeneratedRegex(@"^\s+([A-Za-z0-9_.\-]+)\s*:\s*(?:#.*)?$")]
    private static partial Regex ServiceKey();

    [GeneratedRegex(@"(?m)^---[^\n]*$")]
    private static partial Regex DocumentSeparator();

    [GeneratedRegex(@"(?m)^kind:\s*(\S+)")]
    private static partial Regex Kind();

    [GeneratedRegex(@"(?m)^metadata:\s*\n(?:\s+.*\n)*?\s+name:\s*(\S+)")]
    private static partial Regex MetadataName();

    [GeneratedRegex(@"(?m)^[ \t]*resource\s+""(?<type>[^""]+)""\s+""(?<name>[^""]+)""\s*\{")]
    private static partial Regex Resource();
}
