using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Repo;

/// <summary>Glob patterns as .gitignore and plumbline.yml write them: <c>*</c>, <c>?</c>, <c>[abc]</c>, <c>**</c>.</summary>
public static class Glob
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>True when a root-relative path, or one of its parent folders, matches the pattern.</summary>
    /// <remarks>A pattern without a slash matches a name at any depth (<c>*.log</c>); with one it is anchored at the root.</remarks>
    public static bool MatchesPathOrParent(string pattern, string path)
    {
        var p = pattern.Trim();
        if (p.Length == 0)
        {
            return false;
        }

        var regex = RegexFor(p);
        if (regex.IsMatch(path))
        {
            return true;
        }

        for (var i = path.LastIndexOf('/'); i > 0; i = path.LastIndexOf('/', i - 1))
        {
            if (regex.IsMatch(path[..i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The regular expression for a pattern relative to a root (no leading '!').</summary>
    public static Regex RegexFor(string pattern) => Cache.GetOrAdd(pattern, static p => new Regex(ToRegex(p), RegexOptions.CultureInvariant));

    /// <summary>Translates a glob into an anchored regular expression source.</summary>
    public static string ToRegex(string pattern)
    {
        var p = pattern.TrimEnd('/');
        var anchored = p.Contains('/', StringComparison.Ordinal);
        p = p.TrimStart('/');
        var sb = new StringBuilder("^");
        if (!anchored)
        {
            sb.Append("(?:.*/)?");
        }

        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                var slashAfter = i + 2 < p.Length && p[i + 2] == '/';
                if (slashAfter)
                {
                    sb.Append("(?:.*/)?");
                    i += 2;
                }
                else
                {
                    sb.Append(".*");
                    i += 1;
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
            else if (c == '[')
            {
                var end = p.IndexOf(']', i + 1);
                if (end < 0)
                {
                    sb.Append("\\[");
                }
                else
                {
                    var set = p[(i + 1)..end];
                    sb.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = end;
                }
            }
            else if (c == '\\' && i + 1 < p.Length)
            {
                sb.Append(Regex.Escape(p[i + 1].ToString()));
                i++;
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        sb.Append('$');
        return sb.ToString();
    }
}
