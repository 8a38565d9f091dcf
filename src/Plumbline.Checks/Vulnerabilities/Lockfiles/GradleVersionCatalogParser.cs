using Plumbline.Checks.Toml;
using Plumbline.Core.Input;
using Tomlyn.Model;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Gradle's version catalog <c>gradle/libs.versions.toml</c> (and other <c>*.versions.toml</c>): the
/// <c>[libraries]</c> a build declares, as <c>"group:name:version"</c> or a table with <c>module</c> or
/// <c>group</c>/<c>name</c> and a <c>version</c> that is a string, a <c>version.ref</c> into <c>[versions]</c>, or a rich
/// version (<c>strictly</c>, <c>require</c>, <c>prefer</c>). These are declarations, not a resolved graph: every library is
/// direct, and a library without a version, or with a range, is not matched (Gradle would pick the version).</summary>
public sealed class GradleVersionCatalogParser : ILockfileParser
{
    public string Kind => "libs.versions.toml";

    public string Ecosystem => Ecosystems.Maven;

    public bool Matches(string fileName) => fileName.EndsWith(".versions.toml", StringComparison.Ordinal) && fileName.Length > ".versions.toml".Length;

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var read = TomlDocument.Read(text, source);
        if (!read.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(read.Errors);
        var root = read.Value.Root;
        var versions = TomlDocument.Table(root, "versions");
        var list = new List<ResolvedPackage>();
        foreach (var (_, value) in TomlDocument.Table(root, "libraries") ?? [])
        {
            var (module, version) = value switch
            {
                string shorthand => Split(shorthand),
                TomlTable t => (Module(t), Version(t, versions)),
                _ => (null, null),
            };
            if (module is not null && version is not null && IsExact(version)) list.Add(new ResolvedPackage(Ecosystem, module, version, true));
        }

        return LockfileJson.Ok(list);
    }

    private static (string? Module, string? Version) Split(string shorthand)
    {
        var parts = shorthand.Split(':');
        return parts.Length == 3 ? ($"{parts[0]}:{parts[1]}", parts[2]) : (parts.Length == 2 ? shorthand : null, null);
    }

    private static string? Module(TomlTable library) =>
        TomlDocument.String(library, "module")
        ?? (TomlDocument.String(library, "group") is { } g && TomlDocument.String(library, "name") is { } n ? $"{g}:{n}" : null);

    private static string? Version(TomlTable library, TomlTable? versions)
    {
        if (!library.TryGetValue("version", out var version)) return null;
        return version switch
        {
            string s => s,
            TomlTable rich when TomlDocument.String(rich, "ref") is { } reference => versions is null ? null : Named(versions, reference),
            TomlTable rich => Rich(rich),
            _ => null,
        };
    }

    private static string? Named(TomlTable versions, string reference) => versions.TryGetValue(reference, out var v) ? v switch
    {
        string s => s,
        TomlTable rich => Rich(rich),
        _ => null,
    } : null;

    /// <summary>The version Gradle settles on for a rich version: a strict one wins, then a required one, then a preferred one.</summary>
    private static string? Rich(TomlTable rich) =>
        TomlDocument.String(rich, "strictly") ?? TomlDocument.String(rich, "require") ?? TomlDocument.String(rich, "prefer");

    /// <summary>Ranges (<c>[1.0,2.0)</c>), dynamic versions (<c>1.+</c>, <c>latest.release</c>) and blanks are not one version.</summary>
    private static bool IsExact(string version) =>
        version.Length > 0 && version.IndexOfAny(['[', ']', '(', ')', ',', '+', '*']) < 0 && !version.StartsWith("latest.", StringComparison.Ordinal);
}
