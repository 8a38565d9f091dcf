using System.Text;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Vulnerabilities;

/// <summary>The <c>exclude</c> globs of <c>plumbline.yml</c>: <c>**</c> spans folders, <c>*</c> and <c>?</c> stay within one.
/// A pattern without <c>/</c> matches any single path segment (as in .gitignore); a pattern matching a folder excludes
/// everything under it.</summary>
internal sealed class ExcludeGlob
{
    private readonly List<(Regex Pattern, bool AnySegment)> _patterns;

    public ExcludeGlob(IEnumerable<string> globs)
    {
        _patterns = [.. globs
            .Select(g => g.Trim().Replace('\\', '/').TrimStart('/').TrimEnd('/'))
            .Where(g => g.Length > 0)
            .Select(g => (new Regex(ToRegex(g), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), !g.Contains('/', StringComparison.Ordinal)))];
    }

    /// <summary>True when the relative path (forward slashes) or one of its folders is excluded.</summary>
    public bool Excludes(string relativePath)
    {
        if (_patterns.Count == 0) return false;
        var segments = relativePath.Split('/');
        for (var i = 1; i <= segments.Length; i++)
        {
            var prefix = string.Join('/', segments[..i]);
            foreach (var (pattern, anySegment) in _patterns)
            {
                if (pattern.IsMatch(prefix) || (anySegment && pattern.IsMatch(segments[i - 1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
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

        return sb.Append('$').ToString();
    }
}
