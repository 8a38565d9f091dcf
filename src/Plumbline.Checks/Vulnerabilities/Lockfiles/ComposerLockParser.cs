using System.Text.Json;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Composer's <c>composer.lock</c>: <c>packages</c> and <c>packages-dev</c> arrays of name and version.</summary>
public sealed class ComposerLockParser : ILockfileParser
{
    public string Kind => "composer.lock";

    public string Ecosystem => Ecosystems.Packagist;

    public bool Matches(string fileName) => fileName == "composer.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = LockfileJson.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        using var doc = parsed.Value;
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("packages", out var packages) || packages.ValueKind != JsonValueKind.Array)
        {
            return LockfileJson.Shape(source, "no 'packages' list; is this a composer.lock?");
        }

        var list = new List<ResolvedPackage>();
        foreach (var section in new[] { "packages", "packages-dev" })
        {
            if (!root.TryGetProperty(section, out var arr) || arr.ValueKind != JsonValueKind.Array) continue;
            foreach (var p in arr.EnumerateArray())
            {
                var name = LockfileJson.Str(p, "name");
                var version = LockfileJson.Str(p, "version");

                // Branch checkouts (dev-main) are not releases OSV can match.
                if (name is null || version is null || version.StartsWith("dev-", StringComparison.Ordinal)) continue;
                list.Add(new ResolvedPackage(Ecosystem, name, version.TrimStart('v'), null));
            }
        }

        return LockfileJson.Ok(list);
    }
}
