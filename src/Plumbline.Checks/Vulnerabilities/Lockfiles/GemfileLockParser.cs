using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Bundler's <c>Gemfile.lock</c>: gems under <c>GEM</c> → <c>specs:</c> (four spaces, <c>name (version[-platform])</c>);
/// the <c>DEPENDENCIES</c> section names the Gemfile's own gems, so direct is known. Gems from GIT or PATH
/// sources are not published releases and are skipped.</summary>
public sealed class GemfileLockParser : ILockfileParser
{
    public string Kind => "Gemfile.lock";

    public string Ecosystem => Ecosystems.RubyGems;

    public bool Matches(string fileName) => fileName is "Gemfile.lock" or "gems.locked";

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        var gems = new List<(string Name, string Version)>();
        var direct = new HashSet<string>(StringComparer.Ordinal);
        string? section = null;
        var sawGem = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                section = line.Trim();
                sawGem |= section == "GEM";
                continue;
            }

            if (section == "GEM" && line.StartsWith("    ", StringComparison.Ordinal) && !line.StartsWith("     ", StringComparison.Ordinal))
            {
                var entry = line.Trim();
                var open = entry.IndexOf(" (", StringComparison.Ordinal);
                if (open <= 0 || !entry.EndsWith(')'))
                {
                    return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(new InputError(source, $"expected 'name (version)' in the GEM specs, found '{entry}'", i + 1));
                }

                var version = entry[(open + 2)..^1];
                var dash = version.IndexOf('-', StringComparison.Ordinal);
                gems.Add((entry[..open], dash > 0 ? version[..dash] : version));
            }
            else if (section == "DEPENDENCIES" && line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
            {
                var name = line.Trim().Split(' ')[0].TrimEnd('!');
                direct.Add(name);
            }
        }

        if (!sawGem && direct.Count == 0)
        {
            return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(new InputError(source, "no GEM or DEPENDENCIES section; is this a Gemfile.lock?"));
        }

        return LockfileJson.Ok(gems.Select(g => new ResolvedPackage(Ecosystem, g.Name, g.Version, direct.Contains(g.Name))));
    }
}
