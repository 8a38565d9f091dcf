using System.Text.RegularExpressions;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Elixir's <c>mix.lock</c>: an Elixir map literal, one dependency per line,
/// <c>"key": {:hex, :package, "version", ...}</c>. Only <c>:hex</c> entries are published releases (git and path
/// dependencies are skipped); the package name is the atom after <c>:hex</c>, which differs from the key when a
/// dependency is renamed. mix.lock does not say which dependencies mix.exs names, so direct is unknown.</summary>
public sealed partial class MixLockParser : ILockfileParser
{
    public string Kind => "mix.lock";

    public string Ecosystem => Ecosystems.Hex;

    public bool Matches(string fileName) => fileName == "mix.lock";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length > 0 && !trimmed.StartsWith("%{", StringComparison.Ordinal))
        {
            return LockfileJson.Shape(source, "expected an Elixir map starting with '%{'; is this a mix.lock?");
        }

        var list = new List<ResolvedPackage>();
        foreach (Match m in HexEntry().Matches(text))
        {
            list.Add(new ResolvedPackage(Ecosystem, m.Groups["name"].Value, m.Groups["version"].Value, null));
        }

        return LockfileJson.Ok(list);
    }

    [GeneratedRegex("""^\s*"[^"]+"\s*:\s*\{\s*:hex\s*,\s*:"?(?<name>[A-Za-z0-9_]+)"?\s*,\s*"(?<version>[^"]+)"\s*,""", RegexOptions.Multiline)]
    private static partial Regex HexEntry();
}
