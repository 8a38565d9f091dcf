namespace Plumbline.Checks.Repo;

/// <summary>The basics of .gitignore: patterns per folder, <c>!</c> negation, trailing <c>/</c> for folders,
/// last match wins. Used to walk plain folders and to ask whether secret files would be ignored.</summary>
public sealed class GitIgnore
{
    private readonly List<Rule> _rules = [];

    private sealed record Rule(string Base, string Pattern, bool Negate, bool DirectoryOnly);

    /// <summary>Adds the lines of a .gitignore found in <paramref name="folder"/> (root-relative, empty for the root).</summary>
    public void Add(string folder, string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            line = line.TrimEnd(' ');
            var negate = line.StartsWith('!');
            if (negate)
            {
                line = line[1..];
            }

            if (line.StartsWith("\\#", StringComparison.Ordinal) || line.StartsWith("\\!", StringComparison.Ordinal))
            {
                line = line[1..];
            }

            var dirOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                continue;
            }

            _rules.Add(new Rule(folder, line, negate, dirOnly));
        }
    }

    /// <summary>True when the path (root-relative) is ignored, given whether it is a folder.
    /// Parent folders are not consulted; walkers stop descending into ignored folders.</summary>
    public bool IsIgnored(string path, bool isDirectory)
    {
        var ignored = false;
        foreach (var rule in _rules)
        {
            if (rule.DirectoryOnly && !isDirectory)
            {
                continue;
            }

            string relative;
            if (rule.Base.Length == 0)
            {
                relative = path;
            }
            else if (path.StartsWith(rule.Base + "/", StringComparison.Ordinal))
            {
                relative = path[(rule.Base.Length + 1)..];
            }
            else
            {
                continue;
            }

            if (Glob.RegexFor(rule.Pattern).IsMatch(relative))
            {
                ignored = !rule.Negate;
            }
        }

        return ignored;
    }

    /// <summary>True when the file or any of its parent folders is ignored.</summary>
    public bool IsIgnoredWithParents(string path)
    {
        var parts = path.Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            if (IsIgnored(string.Join('/', parts[..i]), isDirectory: true))
            {
                return true;
            }
        }

        return IsIgnored(path, isDirectory: false);
    }
}
