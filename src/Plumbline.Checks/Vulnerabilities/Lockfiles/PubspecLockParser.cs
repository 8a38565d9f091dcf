using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Dart and Flutter's <c>pubspec.lock</c>: a <c>packages</c> map whose entries say their <c>dependency</c>
/// kind (<c>direct main</c>, <c>direct dev</c>, <c>direct overridden</c>, <c>transitive</c>) and <c>source</c>. Only
/// <c>hosted</c> packages are published releases; git, path and SDK packages have no advisories to match.</summary>
public sealed class PubspecLockParser : ILockfileParser
{
    public string Kind => "pubspec.lock";

    public string Ecosystem => Ecosystems.Pub;

    public bool Matches(string fileName) => fileName == "pubspec.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var parsed = YamlInput.Parse(text, source);
        if (!parsed.Success) return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(parsed.Errors);
        if (parsed.Value.Root is not YamlMappingNode top || YamlInput.Get(top, "packages") is not { } packagesNode)
        {
            // pub writes "packages: {}" for a project with no dependencies; a file without the key is not a pubspec.lock.
            return LockfileJson.Shape(source, "no 'packages'; is this a pubspec.lock?");
        }

        var list = new List<ResolvedPackage>();
        if (packagesNode is YamlMappingNode packages)
        {
            foreach (var (key, _, value) in YamlInput.Entries(packages))
            {
                if (value is not YamlMappingNode entry || Scalar(entry, "source") != "hosted") continue;
                var name = (YamlInput.Get(entry, "description") as YamlMappingNode) is { } description && Scalar(description, "name") is { } n ? n : key;
                if (Scalar(entry, "version") is not { } version) continue;
                var kind = Scalar(entry, "dependency");
                list.Add(new ResolvedPackage(Ecosystem, name, version, kind is null ? null : kind.StartsWith("direct", StringComparison.Ordinal)));
            }
        }

        return LockfileJson.Ok(list);
    }

    private static string? Scalar(YamlMappingNode map, string key) => (YamlInput.Get(map, key) as YamlScalarNode)?.Value;
}
