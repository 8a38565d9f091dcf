using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>NuGet's restore output <c>obj/project.assets.json</c>: every package restored for each target framework
/// (<c>targets</c>, keys <c>Name/Version</c>, <c>type</c> package or project), and the project's own requests
/// (<c>project.frameworks.*.dependencies</c>), which are the direct ones; the rest came in through them.</summary>
public sealed class ProjectAssetsParser : ILockfileParser
{
    public string Kind => "project.assets.json";

    public string Ecosystem => Ecosystems.NuGet;

    public bool Matches(string fileName) => fileName.Equals("project.assets.json", StringComparison.OrdinalIgnoreCase);

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        if (LockfileJson.Obj(doc.RootElement, "targets") is not { } targets)
        {
            return LockfileJson.Shape(source, "no 'targets' object; is this NuGet's project.assets.json?");
        }

        var direct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var framework in LockfileJson.Props(LockfileJson.Obj(LockfileJson.Obj(doc.RootElement, "project") ?? default, "frameworks")))
        {
            foreach (var d in LockfileJson.Props(LockfileJson.Obj(framework.Value, "dependencies")))
            {
                if (!string.Equals(LockfileJson.Str(d.Value, "target"), "Project", StringComparison.OrdinalIgnoreCase)) direct.Add(d.Name);
            }
        }

        var list = new List<ResolvedPackage>();
        foreach (var framework in targets.EnumerateObject())
        {
            foreach (var p in LockfileJson.Props(framework.Value))
            {
                var slash = p.Name.LastIndexOf('/');
                if (slash <= 0 || !string.Equals(LockfileJson.Str(p.Value, "type"), "package", StringComparison.OrdinalIgnoreCase)) continue;
                var name = p.Name[..slash];
                list.Add(new ResolvedPackage(Ecosystem, name, p.Name[(slash + 1)..], direct.Contains(name)));
            }
        }

        return LockfileJson.Ok(list);
    }
}
