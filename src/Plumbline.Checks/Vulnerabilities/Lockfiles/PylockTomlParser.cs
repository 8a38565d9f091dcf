using Plumbline.Checks.Toml;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>The standard Python lockfile of PEP 751: <c>pylock.toml</c> or <c>pylock.NAME.toml</c>, with
/// <c>[[packages]]</c> of name and version. Packages from a VCS, a directory or an archive have no version to match
/// (or are the project itself) and are skipped. PEP 751 does not record which packages the project asked for, so direct
/// is unknown.</summary>
public sealed class PylockTomlParser : ILockfileParser
{
    public string Kind => "pylock.toml";

    public string Ecosystem => Ecosystems.PyPI;

    public bool Matches(string fileName) =>
        fileName == "pylock.toml" || fileName.StartsWith("pylock.", StringComparison.Ordinal) && fileName.EndsWith(".toml", StringComparison.Ordinal) && fileName.Count(c => c == '.') == 2;

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var read = TomlDocument.Read(text, source);
        if (!read.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(read.Errors);
        if (TomlDocument.String(read.Value.Root, "lock-version") is null)
        {
            return LockfileJson.Shape(source, "no 'lock-version'; is this a pylock.toml (PEP 751)?");
        }

        var list = TomlDocument.Tables(read.Value.Root, "packages")
            .Where(t => !t.ContainsKey("vcs") && !t.ContainsKey("directory") && !t.ContainsKey("archive"))
            .Select(t => (Name: TomlDocument.String(t, "name"), Version: TomlDocument.String(t, "version")))
            .Where(t => t.Name is not null && t.Version is not null)
            .Select(t => new ResolvedPackage(Ecosystem, t.Name!, t.Version!, null));
        return LockfileJson.Ok(list);
    }
}
