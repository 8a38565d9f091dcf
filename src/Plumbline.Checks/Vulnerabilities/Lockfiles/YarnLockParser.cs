using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Yarn's <c>yarn.lock</c>: the classic v1 format (its own syntax) and Yarn 2+ ("berry", YAML with
/// <c>__metadata</c>). Berry records the workspaces' own dependency lists, so direct dependencies are known there;
/// v1 does not record them.</summary>
public sealed class YarnLockParser : ILockfileParser
{
    public string Kind => "yarn.lock";

    public string Ecosystem => Ecosystems.Npm;

    public bool Matches(string fileName) => fileName == "yarn.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source) =>
        text.Contains("__metadata:", StringComparison.Ordinal) ? ParseBerry(text, source) : ParseClassic(text, source);

    private ParseResult<IReadOnlyList<ResolvedPackage>> ParseClassic(string text, string source)
    {
        var list = new List<ResolvedPackage>();
        string? name = null;
        var headerLine = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                if (name is not null)
                {
                    return Fail(source, $"the entry '{name}' has no version", headerLine);
                }

                if (!line.EndsWith(':'))
                {
                    return Fail(source, $"unexpected line '{Short(line)}' (an entry header ends with ':')", i + 1);
                }

                name = NpmSpec.Name(line[..^1].Split(',')[0]);
                headerLine = i + 1;
                continue;
            }

            var trimmed = line.Trim();
            // Some tools write the field name quoted as well: "version" "1.2.3".
            var field = trimmed.StartsWith("version ", StringComparison.Ordinal) ? "version " : trimmed.StartsWith("\"version\" ", StringComparison.Ordinal) ? "\"version\" " : null;
            if (name is not null && line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal) && field is not null)
            {
                var version = trimmed[field.Length..].Trim().Trim('"');
                if (NpmSpec.IsRegistryVersion(version)) list.Add(new ResolvedPackage(Ecosystem, name, version, null));
                name = null;
            }
        }

        if (name is not null)
        {
            return Fail(source, $"the entry '{name}' has no version", headerLine);
        }

        return LockfileJson.Ok(list);
    }

    private ParseResult<IReadOnlyList<ResolvedPackage>> ParseBerry(string text, string source)
    {
        var parsed = YamlInput.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        if (parsed.Value.Root is not YamlMappingNode top)
        {
            return Fail(source, "expected a mapping of entries", null);
        }

        var entries = new List<(string Name, string Version)>();
        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _, value) in YamlInput.Entries(top))
        {
            if (key == "__metadata" || value is not YamlMappingNode entry) continue;
            var resolution = Scalar(entry, "resolution") ?? key.Split(',')[0].Trim();
            var version = Scalar(entry, "version") ?? string.Empty;
            if (resolution.Contains("@workspace:", StringComparison.Ordinal))
            {
                // The project's own workspaces: what they declare is direct.
                foreach (var section in new[] { "dependencies", "devDependencies", "optionalDependencies", "peerDependencies" })
                {
                    if (YamlInput.Get(entry, section) is YamlMappingNode deps)
                    {
                        foreach (var (dep, _, _) in YamlInput.Entries(deps)) direct.Add(dep);
                    }
                }

                continue;
            }

            var at = resolution.IndexOf("@npm:", 1, StringComparison.Ordinal);
            if (at < 0 || !NpmSpec.IsRegistryVersion(version)) continue;
            entries.Add((resolution[..at], version));
        }

        return LockfileJson.Ok(entries.Select(e => new ResolvedPackage(Ecosystem, e.Name, e.Version, direct.Count == 0 ? null : direct.Contains(e.Name))));
    }

    private static string? Scalar(YamlMappingNode map, string key) => (YamlInput.Get(map, key) as YamlScalarNode)?.Value;

    private static ParseResult<IReadOnlyList<ResolvedPackage>> Fail(string source, string message, int? line) =>
        ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(new InputError(source, message, line));

    private static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
