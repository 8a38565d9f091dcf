using Plumbline.Checks.Toml;
using Tomlyn.Model;

namespace Plumbline.Checks.Dependencies;

/// <summary>Cargo.toml, pyproject.toml (PEP 621, PEP 735 and Poetry) and Pipfile.</summary>
internal static class TomlManifests
{
    private static readonly (string Name, bool Dev)[] CargoSections = [("dependencies", false), ("dev-dependencies", true), ("build-dependencies", true)];

    public static List<Dependency> Cargo(string text)
    {
        var toml = Read(text);
        var result = new List<Dependency>();
        // [dependencies] and friends, [workspace.dependencies] and [target.'cfg(...)'.dependencies].
        var owners = new List<TomlTable> { toml.Root };
        if (TomlDocument.Table(toml.Root, "workspace") is { } workspace)
        {
            owners.Add(workspace);
        }

        if (TomlDocument.Table(toml.Root, "target") is { } targets)
        {
            owners.AddRange(targets.Values.OfType<TomlTable>());
        }

        foreach (var owner in owners)
        {
            foreach (var (name, dev) in CargoSections)
            {
                if (TomlDocument.Table(owner, name) is not { } table)
                {
                    continue;
                }

                foreach (var (crate, value) in table)
                {
                    result.Add(new Dependency(crate, CargoVersion(value), dev, toml.LineOf(table, crate)));
                }
            }
        }

        return result;
    }

    private static string? CargoVersion(object? value) => value switch
    {
        string version => version,
        TomlTable spec when TomlDocument.String(spec, "version") is { } version => version,
        // `anyhow.workspace = true`: the version is the workspace's, pinned there.
        TomlTable spec when TomlDocument.IsTrue(spec, "workspace") => "(workspace)",
        TomlTable spec when spec.ContainsKey("path") || spec.ContainsKey("git") => "(path or git)",
        _ => null,
    };

    public static (List<Dependency> Dependencies, bool Poetry) PyProject(string text)
    {
        var toml = Read(text);
        var result = new List<Dependency>();
        if (TomlDocument.Table(toml.Root, "project") is { } project)
        {
            var line = toml.LineOf(project, "dependencies");
            result.AddRange(TomlDocument.Strings(project, "dependencies").Select(s => Pep508(s, false, line)));
            if (TomlDocument.Table(project, "optional-dependencies") is { } optional)
            {
                result.AddRange(optional.Keys.SelectMany(group => TomlDocument.Strings(optional, group).Select(s => Pep508(s, true, toml.LineOf(optional, group)))));
            }
        }

        if (TomlDocument.Table(toml.Root, "dependency-groups") is { } groups)
        {
            // PEP 735: arrays of requirement strings (and include-group tables, which name no package).
            result.AddRange(groups.Keys.SelectMany(group => TomlDocument.Strings(groups, group).Select(s => Pep508(s, true, toml.LineOf(groups, group)))));
        }

        var poetry = TomlDocument.Table(toml.Root, "tool") is { } tool ? TomlDocument.Table(tool, "poetry") : null;
        if (poetry is not null)
        {
            var tables = new List<(TomlTable Table, bool Dev)>();
            if (TomlDocument.Table(poetry, "dependencies") is { } main)
            {
                tables.Add((main, false));
            }

            if (TomlDocument.Table(poetry, "dev-dependencies") is { } legacyDev)
            {
                tables.Add((legacyDev, true));
            }

            if (TomlDocument.Table(poetry, "group") is { } poetryGroups)
            {
                tables.AddRange(poetryGroups.Values.OfType<TomlTable>().Select(g => TomlDocument.Table(g, "dependencies")).OfType<TomlTable>().Select(t => (t, true)));
            }

            foreach (var (table, dev) in tables)
            {
                result.AddRange(table.Where(e => e.Key != "python").Select(e => new Dependency(e.Key, SpecVersion(e.Value), dev, toml.LineOf(table, e.Key))));
            }
        }

        return (result, poetry is not null);
    }

    public static List<Dependency> Pipfile(string text)
    {
        var toml = Read(text);
        var result = new List<Dependency>();
        foreach (var (section, dev) in new[] { ("packages", false), ("dev-packages", true) })
        {
            if (TomlDocument.Table(toml.Root, section) is { } table)
            {
                result.AddRange(table.Select(e => new Dependency(e.Key, SpecVersion(e.Value), dev, toml.LineOf(table, e.Key))));
            }
        }

        return result;
    }

    /// <summary>A version written as a string (<c>"^1.2"</c>) or in a table (<c>{ version = "^1.2", extras = [...] }</c>).</summary>
    private static string? SpecVersion(object? value) => value switch
    {
        string version => version,
        TomlTable spec => TomlDocument.String(spec, "version"),
        _ => null,
    };

    private static TomlDocument Read(string text)
    {
        var read = TomlDocument.Read(text, "manifest");
        return read.Success ? read.Value : throw new ManifestParseException(TomlDocument.Describe(read.Errors[0]));
    }

    private static Dependency Pep508(string spec, bool dev, int? line)
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
