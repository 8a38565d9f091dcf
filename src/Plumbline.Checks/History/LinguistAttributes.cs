using Plumbline.Checks.Repo;

namespace Plumbline.Checks.History;

/// <summary>The <c>linguist-generated</c>, <c>linguist-vendored</c> and <c>linguist-documentation</c> attributes a
/// repository sets in its <c>.gitattributes</c> files: the way projects tell GitHub (and the published truck-factor
/// tool, through Linguist) which of their files are not code people write.</summary>
/// <remarks>gitattributes rules: a pattern is relative to the folder of its file; without a slash it matches a name
/// at any depth below, with one it is anchored there. Later lines win over earlier ones and deeper files over
/// shallower ones. <c>attr</c> or <c>attr=true</c> sets, <c>-attr</c> or <c>attr=false</c> clears, <c>!attr</c> unsets.</remarks>
internal sealed class LinguistAttributes
{
    private static readonly string[] Names = ["linguist-generated", "linguist-vendored", "linguist-documentation"];

    // Rules in the order git applies them: shallow files first, each file's lines in order.
    private readonly List<(string Folder, string Pattern, int Attribute, bool? Value)> _rules = [];

    /// <summary>No attributes: every answer is "not said".</summary>
    public static LinguistAttributes None { get; } = new([]);

    /// <summary>Parses the .gitattributes files: (folder with trailing slash, "" at the root; text).</summary>
    public LinguistAttributes(IEnumerable<(string Folder, string Text)> files)
    {
        foreach (var (folder, text) in files.OrderBy(f => f.Folder.Count(c => c == '/')).ThenBy(f => f.Folder, StringComparer.Ordinal))
        {
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#' || line[0] == '"')
                {
                    continue;
                }

                var fields = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                for (var i = 1; i < fields.Length; i++)
                {
                    var (name, value) = Setting(fields[i]);
                    var attribute = Array.IndexOf(Names, name);
                    if (attribute >= 0)
                    {
                        _rules.Add((folder, fields[0], attribute, value));
                    }
                }
            }
        }
    }

    /// <summary>True when no rule sets any of the three attributes.</summary>
    public bool IsEmpty => _rules.Count == 0;

    /// <summary>What the attributes say about a path: vendored or documentation, or source when they clear the
    /// attribute the path rules would have applied; null when they say nothing.</summary>
    public PathClass? Classify(string path)
    {
        var values = new bool?[Names.Length];
        var said = new bool[Names.Length];
        foreach (var (folder, pattern, attribute, value) in _rules)
        {
            if (path.StartsWith(folder, StringComparison.Ordinal) && Glob.RegexFor(pattern).IsMatch(path[folder.Length..]))
            {
                values[attribute] = value;
                said[attribute] = true;
            }
        }

        if (values[0] == true || values[1] == true)
        {
            return PathClass.Vendored;
        }

        if (values[2] == true)
        {
            return PathClass.Documentation;
        }

        return said.Any(s => s) && values.Any(v => v == false) ? PathClass.Source : null;
    }

    private static (string Name, bool? Value) Setting(string field)
    {
        if (field.StartsWith('-'))
        {
            return (field[1..], false);
        }

        if (field.StartsWith('!'))
        {
            return (field[1..], null);
        }

        var eq = field.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (field, true) : (field[..eq], field[(eq + 1)..] is "true" or "1" ? true : field[(eq + 1)..] is "false" or "0" ? false : null);
    }
}
