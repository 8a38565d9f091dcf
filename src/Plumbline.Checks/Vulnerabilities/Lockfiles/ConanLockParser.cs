using System.Text.Json;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>C and C++'s Conan <c>conan.lock</c>. Conan 2 (lock version 0.5) lists references in <c>requires</c>,
/// <c>build_requires</c> and <c>python_requires</c>; Conan 1 writes a <c>graph_lock</c> whose nodes carry a <c>ref</c>
/// (or, before lock version 0.4, a <c>pref</c>) and whose root node (the one with a <c>path</c>) is the project itself,
/// so what the root requires is direct. A reference is <c>name/version[@user/channel][#revision]</c>.</summary>
public sealed class ConanLockParser : ILockfileParser
{
    private static readonly string[] V2Sections = ["requires", "build_requires", "python_requires"];

    public string Kind => "conan.lock";

    public string Ecosystem => Ecosystems.ConanCenter;

    public bool Matches(string fileName) => fileName == "conan.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        var root = doc.RootElement;
        if (LockfileJson.Obj(root, "graph_lock") is { } graph) return LockfileJson.Ok(FromGraph(graph));
        if (root.ValueKind != JsonValueKind.Object || !V2Sections.Any(s => root.TryGetProperty(s, out _)))
        {
            return LockfileJson.Shape(source, "neither 'requires' nor 'graph_lock'; is this a conan.lock?");
        }

        var list = new List<ResolvedPackage>();
        foreach (var section in V2Sections)
        {
            if (!root.TryGetProperty(section, out var refs) || refs.ValueKind != JsonValueKind.Array) continue;
            foreach (var r in refs.EnumerateArray())
            {
                if (r.ValueKind == JsonValueKind.String && Reference(r.GetString()!) is { } p) list.Add(new ResolvedPackage(Ecosystem, p.Name, p.Version, null));
            }
        }

        return LockfileJson.Ok(list);
    }

    private IEnumerable<ResolvedPackage> FromGraph(JsonElement graph)
    {
        var nodes = LockfileJson.Props(LockfileJson.Obj(graph, "nodes")).ToList();
        var project = nodes.FirstOrDefault(n => LockfileJson.Str(n.Value, "path") is not null);
        var direct = project.Value.ValueKind == JsonValueKind.Object && project.Value.TryGetProperty("requires", out var requires)
            ? requires.ValueKind switch
            {
                JsonValueKind.Array => requires.EnumerateArray().Select(r => r.ToString()).ToHashSet(StringComparer.Ordinal),
                JsonValueKind.Object => requires.EnumerateObject().Select(r => r.Value.ToString()).ToHashSet(StringComparer.Ordinal),
                _ => [],
            }
            : null;
        foreach (var node in nodes.Where(n => LockfileJson.Str(n.Value, "path") is null))
        {
            if ((LockfileJson.Str(node.Value, "ref") ?? LockfileJson.Str(node.Value, "pref")) is not { } reference || Reference(reference) is not { } p) continue;
            yield return new ResolvedPackage(Ecosystem, p.Name, p.Version, direct?.Contains(node.Name));
        }
    }

    /// <summary><c>zlib/1.2.11@user/channel#rev:package_id#prev</c> → (zlib, 1.2.11).</summary>
    private static (string Name, string Version)? Reference(string reference)
    {
        var end = reference.IndexOfAny(['@', '#', ':', '%']);
        var core = end >= 0 ? reference[..end] : reference;
        var slash = core.IndexOf('/');
        return slash > 0 && slash < core.Length - 1 ? (core[..slash], core[(slash + 1)..]) : null;
    }
}
