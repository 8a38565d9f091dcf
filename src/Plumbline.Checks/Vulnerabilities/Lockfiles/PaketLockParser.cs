using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Paket's <c>paket.lock</c>: per group, a <c>NUGET</c> section whose packages are written
/// <c>    Name (version)</c> with their own dependencies indented below them. <c>GITHUB</c>, <c>GIT</c> and <c>HTTP</c>
/// sections name files, not NuGet packages, and are skipped. Which packages were asked for is in paket.dependencies,
/// not here, so direct is unknown.</summary>
public sealed class PaketLockParser : ILockfileParser
{
    public string Kind => "paket.lock";

    public string Ecosystem => Ecosystems.NuGet;

    public bool Matches(string fileName) => fileName.Equals("paket.lock", StringComparison.OrdinalIgnoreCase);

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var list = new List<ResolvedPackage>();
        var inNuGet = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                // A section header (NUGET, GITHUB, HTTP, GIT) or a group setting (GROUP Name, RESTRICTION: ..., STORAGE: ...).
                inNuGet = line.Trim() == "NUGET";
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            if (!inNuGet || indent != 4) continue;
            var entry = line.Trim();
            var open = entry.IndexOf(" (", StringComparison.Ordinal);
            var close = open < 0 ? -1 : entry.IndexOf(')', open);
            if (open <= 0 || close < 0)
            {
                return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(new InputError(source, $"expected 'Name (version)', found '{entry}'", i + 1));
            }

            var version = Versions.NuGetVersionSpec.Normalise(entry[(open + 2)..close]);
            if (version is null)
            {
                return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(new InputError(source, $"'{entry[(open + 2)..close]}' is not a NuGet version", i + 1));
            }

            list.Add(new ResolvedPackage(Ecosystem, entry[..open], version, null));
        }

        return LockfileJson.Ok(list);
    }
}
