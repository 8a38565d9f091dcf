using System.Text.Json;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Swift Package Manager's <c>Package.resolved</c>: version 1 (<c>object.pins</c> with <c>repositoryURL</c>) and
/// versions 2 and 3 (<c>pins</c> with <c>location</c>). OSV's SwiftURL ecosystem names a package by its repository
/// URL without scheme or <c>.git</c> (<c>github.com/apple/swift-nio</c>). Pins to a branch or revision have no version
/// and are skipped. The file does not say which packages Package.swift names, so direct is unknown.</summary>
public sealed class PackageResolvedParser : ILockfileParser
{
    public string Kind => "Package.resolved";

    public string Ecosystem => Ecosystems.SwiftUrl;

    public bool Matches(string fileName) => fileName == "Package.resolved";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        var root = doc.RootElement;
        var pins = root.ValueKind != JsonValueKind.Object ? (JsonElement?)null
            : root.TryGetProperty("pins", out var p2) ? p2
            : LockfileJson.Obj(root, "object") is { } o && o.TryGetProperty("pins", out var p1) ? p1
            : null;
        if (pins is not { ValueKind: JsonValueKind.Array } list)
        {
            return LockfileJson.Shape(source, "no 'pins'; is this a Package.resolved?");
        }

        var packages = new List<ResolvedPackage>();
        foreach (var pin in list.EnumerateArray())
        {
            var url = LockfileJson.Str(pin, "location") ?? LockfileJson.Str(pin, "repositoryURL");
            var version = LockfileJson.Obj(pin, "state") is { } state ? LockfileJson.Str(state, "version") : null;
            if (url is null || version is null) continue;
            packages.Add(new ResolvedPackage(Ecosystem, NameOf(url), version, null));
        }

        return LockfileJson.Ok(packages);
    }

    /// <summary><c>https://github.com/apple/swift-nio.git</c> and <c>git@github.com:apple/swift-nio.git</c> are both
    /// <c>github.com/apple/swift-nio</c>.</summary>
    public static string NameOf(string url)
    {
        var name = url.Trim();
        var scheme = name.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) name = name[(scheme + 3)..];
        else if (name.StartsWith("git@", StringComparison.Ordinal)) name = name[4..].Replace(':', '/');
        var at = name.IndexOf('@');
        if (at >= 0 && at < name.IndexOf('/')) name = name[(at + 1)..];
        name = name.TrimEnd('/');
        return name.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
    }
}
