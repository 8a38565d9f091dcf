using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Cargo's <c>Cargo.lock</c>. Packages with a registry <c>source</c> are crates; those without are the
/// workspace's own crates, and what they depend on is direct.</summary>
public sealed class CargoLockParser : ILockfileParser
{
    public string Kind => "Cargo.lock";

    public string Ecosystem => Ecosystems.CratesIo;

    public bool Matches(string fileName) => fileName == "Cargo.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var read = TomlTables.Read(text, source, "package");
        if (!read.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(read.Errors);
        if (read.Value.Count == 0 && !text.Contains("version", StringComparison.Ordinal))
        {
            return LockfileJson.Shape(source, "no [[package]] entries; is this a Cargo.lock?");
        }

        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var local in read.Value.Where(t => !t.ContainsKey("source")))
        {
            if (local.TryGetValue("dependencies", out var deps))
            {
                // Entries are "name", "name version" or "name version (source)".
                foreach (var d in TomlTables.Strings(deps)) direct.Add(d.Split(' ')[0]);
            }
        }

        var list = read.Value
            .Where(t => TomlTables.String(t, "source")?.StartsWith("registry+", StringComparison.Ordinal) == true
                || TomlTables.String(t, "source")?.StartsWith("sparse+", StringComparison.Ordinal) == true)
            .Select(t => (Name: TomlTables.String(t, "name"), Version: TomlTables.String(t, "version")))
            .Where(t => t.Name is not null && t.Version is not null)
            .Select(t => new ResolvedPackage(Ecosystem, t.Name!, t.Version!, direct.Contains(t.Name!)));
        return LockfileJson.Ok(list);
    }
}
