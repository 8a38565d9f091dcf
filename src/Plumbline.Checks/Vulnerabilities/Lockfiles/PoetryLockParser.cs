using Plumbline.Core.Input;

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
        var read = TomlTables.Read(text, source, "package");
        if (!read.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(read.Errors);
        var projects = read.Value.Where(IsProject).ToList();
        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in projects)
        {
            foreach (var key in new[] { "dependencies", "dev-dependencies" })
            {
                if (!p.TryGetValue(key, out var deps)) continue;

                // uv writes dependencies as inline tables: { name = "requests" }; take each name value.
                foreach (var line in deps.Split(['{', '}']))
                {
                    var at = line.IndexOf("name", StringComparison.Ordinal);
                    if (at >= 0 && TomlTables.Strings(line[at..]).FirstOrDefault() is { } n) direct.Add(Ecosystems.NormaliseName(Ecosystem, n));
                }
            }
        }

        var list = read.Value
            .Where(t => !IsProject(t))
            .Select(t => (Name: TomlTables.String(t, "name"), Version: TomlTables.String(t, "version")))
            .Where(t => t.Name is not null && t.Version is not null)
            .Select(t => new ResolvedPackage(Ecosystem, t.Name!, t.Version!, projects.Count == 0 ? null : direct.Contains(Ecosystems.NormaliseName(Ecosystem, t.Name!))));
        return LockfileJson.Ok(list);
    }

    private static bool IsProject(Dictionary<string, string> table) =>
        table.TryGetValue("source", out var s) && (s.Contains("editable", StringComparison.Ordinal) || s.Contains("virtual", StringComparison.Ordinal));
}
