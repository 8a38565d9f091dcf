using System.Globalization;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>pnpm's <c>pnpm-lock.yaml</c>, lockfile versions 5 (<c>/name/1.0.0_peer</c> keys), 6 (<c>/name@1.0.0(peer)</c>)
/// and 9 (<c>name@1.0.0</c>, with <c>snapshots</c>). Direct dependencies come from the importers (or, before
/// workspaces, the top-level dependency sections).</summary>
public sealed class PnpmLockParser : ILockfileParser
{
    private static readonly string[] Sections = ["dependencies", "devDependencies", "optionalDependencies"];

    public string Kind => "pnpm-lock.yaml";

    public string Ecosystem => Ecosystems.Npm;

    public bool Matches(string fileName) => fileName == "pnpm-lock.yaml";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = YamlInput.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        if (parsed.Value.Root is not YamlMappingNode top || YamlInput.Get(top, "lockfileVersion") is not YamlScalarNode { Value: { } versionText })
        {
            return LockfileJson.Shape(source, "no 'lockfileVersion'; is this a pnpm lockfile?");
        }

        var major = double.TryParse(versionText, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? (int)v : 9;
        var direct = new HashSet<(string, string)>();
        void Declared(YamlMappingNode owner)
        {
            foreach (var section in Sections)
            {
                if (YamlInput.Get(owner, section) is not YamlMappingNode deps) continue;
                foreach (var (name, _, value) in YamlInput.Entries(deps))
                {
                    var version = value switch
                    {
                        YamlScalarNode s => s.Value,
                        YamlMappingNode m => (YamlInput.Get(m, "version") as YamlScalarNode)?.Value,
                        _ => null,
                    };
                    if (version is not null) direct.Add((name, StripPeers(version)));
                }
            }
        }

        Declared(top);
        if (YamlInput.Get(top, "importers") is YamlMappingNode importers)
        {
            foreach (var (_, _, importer) in YamlInput.Entries(importers))
            {
                if (importer is YamlMappingNode m) Declared(m);
            }
        }

        var list = new List<ResolvedPackage>();
        if (YamlInput.Get(top, "packages") is YamlMappingNode packages)
        {
            foreach (var (key, _, value) in YamlInput.Entries(packages))
            {
                if (IsLocal(key, value))
                {
                    // A folder or a tarball on disk is the project's own code, not a package a registry published.
                    continue;
                }

                var (name, version) = major < 6 ? SplitV5(key) : SplitAt(key);
                if (value is YamlMappingNode entry)
                {
                    // Entries installed from a tarball or git carry their real name and version inside.
                    name = (YamlInput.Get(entry, "name") as YamlScalarNode)?.Value ?? name;
                    version = (YamlInput.Get(entry, "version") as YamlScalarNode)?.Value ?? version;
                }

                if (name.Length == 0 || !NpmSpec.IsRegistryVersion(version)) continue;
                list.Add(new ResolvedPackage(Ecosystem, name, version, direct.Contains((name, version))));
            }
        }

        return LockfileJson.Ok(list);
    }

    private static string StripPeers(string version)
    {
        var cut = version.IndexOfAny(['(', '_']);
        return cut > 0 ? version[..cut] : version;
    }

    private static (string Name, string Version) SplitAt(string key)
    {
        var k = key.TrimStart('/');
        var paren = k.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) k = k[..paren];
        var at = k.LastIndexOf('@');
        return at > 0 ? (k[..at], StripPeers(k[(at + 1)..])) : (string.Empty, string.Empty);
    }

    private static bool IsLocal(string key, YamlNode value)
    {
        var k = key.TrimStart('/');
        if (k.StartsWith("file:", StringComparison.Ordinal) || k.StartsWith("link:", StringComparison.Ordinal) || k.Contains("@file:", StringComparison.Ordinal) || k.Contains("@link:", StringComparison.Ordinal))
        {
            return true;
        }

        return value is YamlMappingNode entry && YamlInput.Get(entry, "resolution") is YamlMappingNode resolution
            && (YamlInput.Get(resolution, "directory") is not null
                || (YamlInput.Get(resolution, "tarball") as YamlScalarNode)?.Value?.StartsWith("file:", StringComparison.Ordinal) == true);
    }

    private static (string Name, string Version) SplitV5(string key)
    {
        var parts = key.TrimStart('/').Split('/');

        // A package from a registry other than the default is keyed with its host: registry.example.com/name/1.0.0.
        var scoped = parts.Length > 1 && parts[1].StartsWith('@');
        if (parts.Length >= (scoped ? 4 : 3) && parts[0].Contains('.', StringComparison.Ordinal) && !parts[0].StartsWith('@'))
        {
            parts = parts[1..];
        }

        var nameParts = parts.Length > 0 && parts[0].StartsWith('@') ? 2 : 1;
        if (parts.Length <= nameParts) return (string.Empty, string.Empty);
        return (string.Join('/', parts[..nameParts]), StripPeers(parts[nameParts]));
    }
}
