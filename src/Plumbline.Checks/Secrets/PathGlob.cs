using System.Text;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Secrets;

/// <summary>The <c>exclude</c> globs of plumbline.yml: <c>**</c> any depth, <c>*</c> within one segment,
/// <c>?</c> one character; a pattern without a slash matches at any depth; a folder matches all under it.</summary>
internal sealed class PathGlob
{
    private readonly Regex? _regex;

    public PathGlob(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0)
        {
            return;
        }

        var alternatives = patterns.Select(ToRegex);
        _regex = new Regex($"^(?:{string.Join('|', alternatives)})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    public bool Matches(string path) => _regex is not null && _regex.IsMatch(path);

    private static string ToRegex(string pattern)
    {
        var p = pattern.Trim().Replace('\\', '/').TrimStart('/');
        if (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        var anyDepth = !p.TrimEnd('/').Contains('/', StringComparison.Ordinal);
        p = p.TrimEnd('/');
        var sb = new StringBuilder(anyDepth ? "(?:.*/)?" : string.Empty);
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                sb.Append(".*");
                i++;
                if (i + 1 < p.Length && p[i + 1] == '/')
                {
                    // "**/" also matches no folder at all.
                    sb.Length -= 2;
                    sb.Append("(?:.*/)?");
                    i++;
                }
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        sb.Append("(?:/.*)?");
        return sb.ToString();
    }
}
