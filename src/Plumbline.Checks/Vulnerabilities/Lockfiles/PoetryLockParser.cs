using Plumbline.Checks.Toml;
using Plumbline.Core.Input;
using Tomlyn.Model;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Poetry's <c>poetry.lock</c> and uv's <c>uv.lock</c>: <c>[[package]]</c> tables with name and version.
/// uv marks the project itself with an <c>editable</c> or <c>virtual</c> source, whose dependencies are direct;
/// poetry.lock does not say which packages pyproject.toml names.</summary>
public sealed class PoetryLockParser : ILockfileParser
{
    public string Kind => "poetry.lock";

    public string Ecosystem => Ecosystems.PyPI;

    public bool Matches(string fileName) => fileName is "poetry.lock" or "uv.lock" or "pdm.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var read = TomlDocument.Read(text, source);
        if (!read.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(read.Errors);
        var packages = TomlDocument.Tables(read.Value.Root, "package");
        var projects = packages.Where(IsProject).ToList();
        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in projects)
        {
            foreach (var key in new[] { "dependencies", "dev-dependencies" })
            {
                // uv writes dependencies as inline tables, { name = "requests" }; dev-dependencies as a table of groups.
                foreach (var name in DependencyNames(p.TryGetValue(key, out var deps) ? deps : null))
                {
                    direct.Add(Ecosystems.NormaliseName(Ecosystem, name));
                }
            }
        }

        var list = packages
            .Where(t => !IsProject(t))
            .Select(t => (Name: TomlDocument.String(t, "name"), Version: TomlDocument.String(t, "version")))
            .Where(t => t.Name is not null && t.Version is not null)
            .Select(t => new ResolvedPackage(Ecosystem, t.Name!, t.Version!, projects.Count == 0 ? null : direct.Contains(Ecosystems.NormaliseName(Ecosystem, t.Name!))));
        return LockfileJson.Ok(list);
    }

    private static IEnumerable<string> DependencyNames(object? value) => value switch
    {
        TomlArray array => array.OfType<TomlTable>().Select(d => TomlDocument.String(d, "name")).OfType<string>(),
        TomlTable groups => groups.Values.SelectMany(DependencyNames),
        _ => [],
    };

    private static bool IsProject(TomlTable table) =>
        TomlDocument.Table(table, "source") is { } source && (source.ContainsKey("editable") || source.ContainsKey("virtual"));
}
