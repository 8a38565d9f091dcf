using System.Text.Json;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>NuGet's <c>packages.lock.json</c>: per target framework, each package's <c>type</c>
/// (Direct, Transitive, CentralTransitive, Project) and <c>resolved</c> version.</summary>
public sealed class NuGetLockParser : ILockfileParser
{
    public string Kind => "packages.lock.json";

    public string Ecosystem => Ecosystems.NuGet;

    public bool Matches(string fileName) => fileName.Equals("packages.lock.json", StringComparison.OrdinalIgnoreCase);

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        if (LockfileJson.Obj(doc.RootElement, "dependencies") is not { } frameworks)
        {
            return LockfileJson.Shape(source, "no 'dependencies' object; is this a NuGet packages.lock.json?");
        }

        var list = new List<ResolvedPackage>();
        foreach (var framework in frameworks.EnumerateObject())
        {
            foreach (var p in LockfileJson.Props(framework.Value))
            {
                var type = LockfileJson.Str(p.Value, "type");
                var resolved = LockfileJson.Str(p.Value, "resolved");
                if (resolved is null || string.Equals(type, "Project", StringComparison.OrdinalIgnoreCase)) continue;
                list.Add(new ResolvedPackage(Ecosystem, p.Name, resolved, string.Equals(type, "Direct", StringComparison.OrdinalIgnoreCase)));
            }
        }

        return LockfileJson.Ok(list);
    }
}
