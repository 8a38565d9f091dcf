namespace Plumbline.Checks.Dependencies;

/// <summary>Cargo.toml, pyproject.toml (PEP 621 and Poetry) and Pipfile.</summary>
internal static class TomlManifests
{
    public static List<Dependency> Cargo(string text)
    {
        var result = new List<Dependency>();
        foreach (var e in MiniToml.Read(text))
        {
            var (table, dev) = CargoTable(e.Section);
            if (table is null)
            {
                continue;
            }

            if (table.Length == 0)
            {
                result.Add(new Dependency(e.Key, MiniToml.Field(e.Value, "version") ?? (e.Value.Contains("path", StringComparison.Ordinal) || e.Value.Contains("git", StringComparison.Ordinal) ? "(path or git)" : null), dev, e.Line));
            }
            else if (e.Key == "version")
            {
                // [dependencies.serde] version = "1"
                result.Add(new Dependency(table, MiniToml.Strings(e.Value).FirstOrDefault(), dev, e.Line));
            }
        }

        return result;
    }

    private static (string? Table, bool Dev) CargoTable(string section)
    {
        foreach (var (name, dev) in new[] { ("dependencies", false), ("dev-dependencies", true), ("build-dependencies", true) })
        {
            if (section == name || section.EndsWith("." + name, StringComparison.Ordinal))
            {
                return (string.Empty, dev);
            }

            if (section.StartsWith(name + ".", StringComparison.Ordinal))
            {
                return (section[(name.Length + 1)..], dev);
            }
        }

        return (null, false);
    }

    public static (List<Dependency> Dependencies, bool Poetry) PyProject(string text)
    {
        var result = new List<Dependency>();
        var poetry = false;
        foreach (var e in MiniToml.Read(text))
        {
            if (e.Section.StartsWith("tool.poetry", StringComparison.Ordinal))
            {
                poetry = true;
            }

            if (e.Section == "project" && e.Key == "dependencies")
            {
                result.AddRange(MiniToml.Strings(e.Value).Select(s => Pep508(s, false, e.Line)));
            }
            else if (e.Section == "project.optional-dependencies" || e.Section == "dependency-groups")
            {
                result.AddRange(MiniToml.Strings(e.Value).Select(s => Pep508(s, true, e.Line)));
            }
            else if (e.Section is "tool.poetry.dependencies" or "tool.poetry.dev-dependencies" || (e.Section.StartsWith("tool.poetry.group.", StringComparison.Ordinal) && e.Section.EndsWith(".dependencies", StringComparison.Ordinal)))
            {
                if (e.Key == "python")
                {
                    continue;
                }

                result.Add(new Dependency(e.Key, MiniToml.Field(e.Value, "version"), e.Section != "tool.poetry.dependencies", e.Line));
            }
        }

        return (result, poetry);
    }

    public static List<Dependency> Pipfile(string text)
    {
        var result = new List<Dependency>();
        foreach (var e in MiniToml.Read(text))
        {
            if (e.Section is "packages" or "dev-packages")
            {
                result.Add(new Dependency(e.Key, MiniToml.Field(e.Value, "version"), e.Section == "dev-packages", e.Line));
            }
        }

        return result;
    }

    private static Dependency Pep508(string spec, bool dev, int line)
    {
        var s = spec.Split(';')[0].Trim();
        var end = 0;
        while (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] is '-' or '_' or '.'))
        {
            end++;
        }

        var rest = s[end..].Trim();
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            rest = close >= 0 ? rest[(close + 1)..].Trim() : rest;
        }

        return new Dependency(s[..end], rest.Length == 0 ? null : rest, dev, line);
    }
}
