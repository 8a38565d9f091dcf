using System.Text.Json;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>npm's <c>package-lock.json</c> and <c>npm-shrinkwrap.json</c>, lockfile versions 1 to 3.</summary>
/// <remarks>v2 and v3 list every installed copy under <c>packages</c> keyed by its <c>node_modules/...</c> path; a
/// package is direct when the root entry (<c>""</c>) declares it and it sits at the top of <c>node_modules</c>.
/// v1 nests <c>dependencies</c>; it does not say which are direct, except that nested copies are transitive.</remarks>
public sealed class NpmPackageLockParser : ILockfileParser
{
    public string Kind => "package-lock.json";

    public string Ecosystem => Ecosystems.Npm;

    public bool Matches(string fileName) => fileName is "package-lock.json" or "npm-shrinkwrap.json";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return LockfileJson.Shape(source, "expected a JSON object at the top of the lockfile");
        }

        var list = new List<ResolvedPackage>();
        if (LockfileJson.Obj(root, "packages") is { } packages)
        {
            var declared = new HashSet<string>(StringComparer.Ordinal);
            if (LockfileJson.Obj(packages, "") is { } self)
            {
                foreach (var section in new[] { "dependencies", "devDependencies", "optionalDependencies", "peerDependencies" })
                {
                    foreach (var p in LockfileJson.Props(LockfileJson.Obj(self, section))) declared.Add(p.Name);
                }
            }

            foreach (var entry in packages.EnumerateObject())
            {
                const string Marker = "node_modules/";
                var at = entry.Name.LastIndexOf(Marker, StringComparison.Ordinal);
                if (at < 0 || entry.Value.ValueKind != JsonValueKind.Object || entry.Value.TryGetProperty("link", out _))
                {
                    // The root, workspace folders and links are the project's own code, not installed packages.
                    continue;
                }

                var name = LockfileJson.Str(entry.Value, "name") ?? entry.Name[(at + Marker.Length)..];
                var version = LockfileJson.Str(entry.Value, "version");
                if (version is null) continue;
                var topLevel = at == 0 && entry.Name.IndexOf(Marker, Marker.Length, StringComparison.Ordinal) < 0;
                list.Add(new ResolvedPackage(Ecosystem, name, version, topLevel && declared.Contains(name)));
            }
        }
        else if (LockfileJson.Obj(root, "dependencies") is { } deps)
        {
            AddV1(deps, nested: false, list);
        }
        else if (root.TryGetProperty("lockfileVersion", out _))
        {
            // npm writes a lockfile with no dependencies section for a project that has none.
            return LockfileJson.Ok(list);
        }
        else
        {
            return LockfileJson.Shape(source, "neither 'packages' (lockfile v2/v3) nor 'dependencies' (v1) found; is this an npm lockfile?");
        }

        return LockfileJson.Ok(list);
    }

    private void AddV1(JsonElement deps, bool nested, List<ResolvedPackage> list)
    {
        foreach (var d in deps.EnumerateObject())
        {
            var version = LockfileJson.Str(d.Value, "version");
            var name = d.Name;

            // An alias ("string-width-cjs": "npm:string-width@4.2.0") installs the package after npm:.
            if (version is not null && version.StartsWith("npm:", StringComparison.Ordinal) && version.Length > 5)
            {
                var spec = version[4..];
                (name, version) = (NpmSpec.Name(spec), NpmSpec.Range(spec));
            }

            // "file:" and git references are not registry versions OSV could match.
            if (version is not null && NpmSpec.IsRegistryVersion(version))
            {
                list.Add(new ResolvedPackage(Ecosystem, name, version, nested ? false : null));
            }

            if (LockfileJson.Obj(d.Value, "dependencies") is { } inner)
            {
                AddV1(inner, nested: true, list);
            }
        }
    }
}
