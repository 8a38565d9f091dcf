using System.Text.Json;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Bun's text lockfile <c>bun.lock</c> (JSON with trailing commas): <c>packages</c> maps a key to a tuple whose
/// first element is <c>name@version</c>. Keys are the package name at the top level and <c>parent/name</c> when nested.
/// Git, GitHub, file, link and workspace packages are not registry releases and are skipped. Direct dependencies are
/// the ones the <c>workspaces</c> declare. (The older binary <c>bun.lockb</c> cannot be read.)</summary>
public sealed class BunLockParser : ILockfileParser
{
    private static readonly string[] Sections = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
    private static readonly string[] NotRegistry = ["git+", "github:", "git@", "file:", "link:", "workspace:", "http:", "https:", "root:"];

    public string Kind => "bun.lock";

    public string Ecosystem => Ecosystems.Npm;

    public bool Matches(string fileName) => fileName == "bun.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("lockfileVersion", out _))
        {
            return LockfileJson.Shape(source, "no 'lockfileVersion'; is this a bun.lock?");
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workspace in LockfileJson.Props(LockfileJson.Obj(root, "workspaces")))
        {
            foreach (var section in Sections)
            {
                foreach (var dep in LockfileJson.Props(LockfileJson.Obj(workspace.Value, section))) declared.Add(dep.Name);
            }
        }

        var list = new List<ResolvedPackage>();
        foreach (var entry in LockfileJson.Props(LockfileJson.Obj(root, "packages")))
        {
            if (entry.Value.ValueKind != JsonValueKind.Array || entry.Value.GetArrayLength() == 0 || entry.Value[0].GetString() is not { } spec) continue;
            var at = spec.LastIndexOf('@');
            if (at <= 0) continue;
            var (name, version) = (spec[..at], spec[(at + 1)..]);
            if (version.Length == 0 || NotRegistry.Any(p => version.StartsWith(p, StringComparison.Ordinal))) continue;
            // The key is the name a workspace asked for (an alias may resolve to another package), nested keys are parent/name.
            list.Add(new ResolvedPackage(Ecosystem, name, version, declared.Contains(entry.Name)));
        }

        return LockfileJson.Ok(list);
    }
}
