using System.Text.RegularExpressions;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>pip's <c>requirements*.txt</c>: only exactly pinned lines (<c>name==1.2.3</c>, <c>name[extra]===1.2.3</c>)
/// say which version is installed, so only those are read; ranges, includes, editable and URL lines are skipped.
/// Files compiled by pip-tools carry <c># via</c> notes: a package named only via other packages is transitive.</summary>
public sealed partial class RequirementsTxtParser : ILockfileParser
{
    public string Kind => "requirements.txt";

    public string Ecosystem => Ecosystems.PyPI;

    public bool Matches(string fileName) =>
        fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        && (fileName.StartsWith("requirements", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith("-requirements.txt", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith("_requirements.txt", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*(?<version>[A-Za-z0-9!+._-]+)\s*(?:;.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pinned();

    [GeneratedRegex(@"\s+--?[A-Za-z]", RegexOptions.CultureInvariant)]
    private static partial Regex Option();

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        // Join continuation lines, then read line by line, remembering pip-tools "# via" notes per package.
        var joined = text.Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal);
        var entries = new List<(string Name, string Version, List<string> Via)>();
        var compiled = false;
        var inVia = false;
        foreach (var raw in joined.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.StartsWith('#'))
            {
                var note = trimmed.TrimStart('#').Trim();
                if (entries.Count > 0 && (note.StartsWith("via", StringComparison.Ordinal) || inVia))
                {
                    compiled = true;
                    var via = note.StartsWith("via", StringComparison.Ordinal) ? note[3..].Trim() : note;
                    inVia = note.StartsWith("via", StringComparison.Ordinal) && via.Length == 0 || inVia;
                    if (via.Length > 0) entries[^1].Via.Add(via);
                }

                continue;
            }

            inVia = false;
            var content = StripComment(trimmed);
            // Per-requirement options (--hash=..., -C key=value, --config-settings ...) follow the requirement itself.
            var option = Option().Match(content);
            if (option.Success && option.Index > 0) content = content[..option.Index].Trim();
            if (content.Length == 0 || content.StartsWith('-')) continue;
            var m = Pinned().Match(content);
            if (m.Success && !m.Groups["version"].Value.Contains('*', StringComparison.Ordinal))
            {
                entries.Add((m.Groups["name"].Value, m.Groups["version"].Value, []));
            }
        }

        return LockfileJson.Ok(entries.Select(e => new ResolvedPackage(
            Ecosystem,
            e.Name,
            e.Version,
            compiled ? e.Via.Count == 0 || e.Via.Any(v => v.StartsWith("-r", StringComparison.Ordinal) || v.StartsWith("-c", StringComparison.Ordinal)) : null)));
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? line[..hash].Trim() : line;
    }
}
