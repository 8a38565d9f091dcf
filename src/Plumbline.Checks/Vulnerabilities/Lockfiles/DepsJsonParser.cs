using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>A built .NET application's <c>*.deps.json</c>: the packages it runs with (<c>libraries</c> of type
/// package, keys <c>Name/Version</c>). The dependencies of the application's own project entries (type project) in
/// <c>targets</c> are the direct ones. Runtime packs and references are part of the runtime, not NuGet packages.</summary>
public sealed class DepsJsonParser : ILockfileParser
{
    public string Kind => "*.deps.json";

    public string Ecosystem => Ecosystems.NuGet;

    public bool Matches(string fileName) => fileName.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase) && fileName.Length > ".deps.json".Length;

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        if (LockfileJson.Obj(doc.RootElement, "libraries") is not { } libraries)
        {
            return LockfileJson.Shape(source, "no 'libraries' object; is this a .NET deps.json?");
        }

        var projects = libraries.EnumerateObject()
            .Where(l => string.Equals(LockfileJson.Str(l.Value, "type"), "project", StringComparison.OrdinalIgnoreCase))
            .Select(l => l.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var direct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var framework in LockfileJson.Props(LockfileJson.Obj(doc.RootElement, "targets")))
        {
            foreach (var entry in LockfileJson.Props(framework.Value).Where(e => projects.Contains(e.Name)))
            {
                foreach (var d in LockfileJson.Props(LockfileJson.Obj(entry.Value, "dependencies"))) direct.Add(d.Name);
            }
        }

        var list = new List<ResolvedPackage>();
        foreach (var library in libraries.EnumerateObject())
        {
            var slash = library.Name.LastIndexOf('/');
            if (slash <= 0 || !string.Equals(LockfileJson.Str(library.Value, "type"), "package", StringComparison.OrdinalIgnoreCase)) continue;
            var name = library.Name[..slash];
            list.Add(new ResolvedPackage(Ecosystem, name, library.Name[(slash + 1)..], direct.Contains(name)));
        }

        return LockfileJson.Ok(list);
    }
}
