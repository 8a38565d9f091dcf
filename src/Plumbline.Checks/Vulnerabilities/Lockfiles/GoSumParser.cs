using Plumbline.Checks.Vulnerabilities.Versions;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Go's <c>go.sum</c>, read only where there is no <c>go.mod</c> beside it: it can hold several versions of a
/// module (old ones stay until <c>go mod tidy</c>), so the newest version with a full module hash is taken; lines
/// for a <c>/go.mod</c> file only are not code in the build.</summary>
public sealed class GoSumParser : ILockfileParser
{
    public string Kind => "go.sum";

    public string Ecosystem => Ecosystems.Go;

    public bool Matches(string fileName) => fileName == "go.sum";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var newest = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 3 || !fields[2].Contains(':', StringComparison.Ordinal))
            {
                return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(new InputError(source, "expected 'module version hash'", i + 1));
            }

            if (fields[1].EndsWith("/go.mod", StringComparison.Ordinal)) continue;
            if (!newest.TryGetValue(fields[0], out var current) || SemVerScheme.Instance.Compare(fields[1], current) > 0)
            {
                newest[fields[0]] = fields[1];
            }
        }

        return LockfileJson.Ok(newest.Select(kv => new ResolvedPackage(Ecosystem, kv.Key, kv.Value, null)));
    }
}
