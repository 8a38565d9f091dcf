using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Gradle's dependency lock file <c>gradle.lockfile</c>: <c>group:artifact:version=configurations</c> per line
/// (Maven coordinates, matched against OSV's Maven ecosystem as <c>group:artifact</c>).</summary>
public sealed class GradleLockfileParser : ILockfileParser
{
    public string Kind => "gradle.lockfile";

    public string Ecosystem => Ecosystems.Maven;

    public bool Matches(string fileName) => fileName == "gradle.lockfile" || fileName.EndsWith(".lockfile", StringComparison.Ordinal) && fileName.StartsWith("buildscript-gradle", StringComparison.Ordinal);

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var list = new List<ResolvedPackage>();
        var skipped = new List<InputError>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("empty=", StringComparison.Ordinal)) continue;
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            var coordinates = (eq >= 0 ? line[..eq] : line).Split(':');
            if (coordinates.Length != 3)
            {
                // One hand-edited or merge-damaged line should not hide every other dependency: skip it and say so.
                skipped.Add(new InputError(source, $"expected 'group:artifact:version=configurations', found '{Shorten(line)}'", i + 1));
                continue;
            }

            list.Add(new ResolvedPackage(Ecosystem, $"{coordinates[0]}:{coordinates[1]}", coordinates[2], null));
        }

        if (list.Count == 0 && skipped.Count > 0)
        {
            return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(skipped);
        }

        return ParseResult<IReadOnlyList<ResolvedPackage>>.Ok(list, skipped);
    }

    private static string Shorten(string line) => line.Length <= 80 ? line : line[..77] + "...";
}
