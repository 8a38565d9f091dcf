using Plumbline.Checks.Repo;

namespace Plumbline.Checks.Audit;

/// <summary>The <c>exclude</c> globs of plumbline.yml, matched the same way by every stage (see docs/config.md):
/// <c>**</c> spans folders, <c>*</c> and <c>?</c> stay within one, a pattern without a slash matches a name at any
/// depth, and a pattern that matches a folder excludes everything under it.</summary>
public sealed class ExcludeList
{
    private readonly string[] _patterns;

    public ExcludeList(IEnumerable<string> patterns) => _patterns = [.. patterns.Select(Normalise).Where(p => p.Length > 0)];

    /// <summary>True when a root-relative path with forward slashes, or one of its folders, is excluded.</summary>
    public bool Matches(string path)
    {
        foreach (var pattern in _patterns)
        {
            if (Glob.MatchesPathOrParent(pattern, path))
            {
                return true;
            }
        }

        return false;
    }

    // "./src/**" is how people write "src/**" on a command line.
    private static string Normalise(string pattern)
    {
        var p = pattern.Trim();
        return p.StartsWith("./", StringComparison.Ordinal) ? p[2..] : p;
    }
}
