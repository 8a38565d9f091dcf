namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>
/// Maven's version order (the POM reference's "Version Order Specification"): a version is a list of numbers and
/// qualifiers; a <c>-</c>, or a change between digits and letters, opens a nested list, so <c>2.0-1</c> is older
/// than <c>2.0.1</c>. Qualifiers order alpha &lt; beta &lt; milestone &lt; rc = cr &lt; snapshot &lt; release (ga,
/// final) &lt; sp &lt; anything else (alphabetically); <c>a</c>, <c>b</c> and <c>m</c> stand for alpha, beta and
/// milestone only when a number follows them. Trailing zeros and release qualifiers do not count (1.0 == 1 == 1-ga).
/// </summary>
public sealed class MavenScheme : IVersionScheme
{
    public static MavenScheme Instance { get; } = new();

    public string Name => "Maven";

    private static readonly string[] Known = ["alpha", "beta", "milestone", "rc", "snapshot", string.Empty, "sp"];

    public int Compare(string a, string b) => Math.Sign(Compare(Parse(a), Parse(b)));

    // An item is a number (System.Numerics.BigInteger), a qualifier (string) or a nested list (List<object>).
    private static List<object> Parse(string version)
    {
        var text = version.Trim().ToLowerInvariant();
        var root = new List<object>();
        var list = root;
        var lists = new Stack<List<object>>();
        lists.Push(root);
        var isDigit = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or '-')
            {
                list.Add(i == start ? System.Numerics.BigInteger.Zero : Item(isDigit, text[start..i], followedByDigit: false));
                start = i + 1;
                if (c == '-')
                {
                    list = Nested(list, lists);
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                if (!isDigit && i > start)
                {
                    list.Add(Item(false, text[start..i], followedByDigit: true));
                    start = i;
                    list = Nested(list, lists);
                }

                isDigit = true;
            }
            else
            {
                if (isDigit && i > start)
                {
                    list.Add(Item(true, text[start..i], followedByDigit: false));
                    start = i;
                    list = Nested(list, lists);
                }

                isDigit = false;
            }
        }

        if (text.Length > start)
        {
            list.Add(Item(isDigit, text[start..], followedByDigit: false));
        }

        while (lists.Count > 0)
        {
            Normalize(lists.Pop());
        }

        return root;
    }

    private static List<object> Nested(List<object> parent, Stack<List<object>> lists)
    {
        var child = new List<object>();
        parent.Add(child);
        lists.Push(child);
        return child;
    }

    private static object Item(bool isDigit, string text, bool followedByDigit)
    {
        if (isDigit)
        {
            return VersionText.ParseBig(text);
        }

        if (followedByDigit && text.Length == 1)
        {
            text = text switch { "a" => "alpha", "b" => "beta", "m" => "milestone", _ => text };
        }

        return text switch
        {
            "ga" or "final" or "release" => string.Empty,
            "cr" => "rc",
            _ => text,
        };
    }

    // Trailing "null" items (0, a release qualifier, an empty list) say nothing; nested lists keep the walk going.
    private static void Normalize(List<object> list)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (IsNull(list[i]))
            {
                list.RemoveAt(i);
            }
            else if (list[i] is not List<object>)
            {
                break;
            }
        }
    }

    private static bool IsNull(object item) => item switch
    {
        System.Numerics.BigInteger n => n.IsZero,
        string s => s.Length == 0,
        List<object> l => l.Count == 0,
        _ => false,
    };

    // Numbers rank above lists, lists above qualifiers; a missing item compares as the release position.
    private static int Compare(object? x, object? y)
    {
        switch (x)
        {
            case null:
                return y is null ? 0 : -Compare(y, null);
            case System.Numerics.BigInteger n:
                return y switch
                {
                    null => n.IsZero ? 0 : 1,
                    System.Numerics.BigInteger m => n.CompareTo(m),
                    _ => 1,
                };
            case string q:
                return y switch
                {
                    null => string.CompareOrdinal(Rank(q), Rank(string.Empty)),
                    string r => string.CompareOrdinal(Rank(q), Rank(r)),
                    _ => -1,
                };
            case List<object> list:
                switch (y)
                {
                    case null:
                        return list.Count == 0 ? 0 : Compare(list[0], null);
                    case System.Numerics.BigInteger:
                        return -1;
                    case string:
                        return 1;
                    case List<object> other:
                        for (var i = 0; i < Math.Max(list.Count, other.Count); i++)
                        {
                            var c = Compare(i < list.Count ? list[i] : null, i < other.Count ? other[i] : null);
                            if (c != 0)
                            {
                                return c;
                            }
                        }

                        return 0;
                }

                break;
        }

        throw new InvalidOperationException("Unknown version item.");
    }

    // Known qualifiers sort by their place in the list; others after all of them, alphabetically.
    private static string Rank(string qualifier)
    {
        var known = Array.IndexOf(Known, qualifier);
        return known >= 0 ? known.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Known.Length}-{qualifier}";
    }
}
