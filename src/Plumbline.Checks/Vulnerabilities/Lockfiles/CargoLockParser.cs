using Plumbline.Checks.Toml;
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
        var read = TomlDocument.Read(text, source);
        if (!read.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(read.Errors);
        var packages = TomlDocument.Tables(read.Value.Root, "package");
        if (packages.Count == 0 && !text.Contains("version", StringComparison.Ordinal))
        {
            return LockfileJson.Shape(source, "no [[package]] entries; is this a Cargo.lock?");
        }

        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var local in packages.Where(t => !t.ContainsKey("source")))
        {
            // Entries are "name", "name version" or "name version (source)".
            foreach (var d in TomlDocument.Strings(local, "dependencies")) direct.Add(d.Split(' ')[0]);
        }

        var list = packages
            .Where(t => TomlDocument.String(t, "source") is { } from && (from.StartsWith("registry+", StringComparison.Ordinal) || from.StartsWith("sparse+", StringComparison.Ordinal)))
            .Select(t => (Name: TomlDocument.String(t, "name"), Version: TomlDocument.String(t, "version")))
            .Where(t => t.Name is not null && t.Version is not null)
            .Select(t => new ResolvedPackage(Ecosystem, t.Name!, t.Version!, direct.Contains(t.Name!)));
        return LockfileJson.Ok(list);
    }
}
