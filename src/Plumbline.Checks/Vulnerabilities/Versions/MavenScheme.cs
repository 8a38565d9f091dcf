namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>Maven ordering in the spirit of <c>ComparableVersion</c>: tokens split on <c>.</c>, <c>-</c> and
/// digit/letter changes; numbers compare as numbers; known qualifiers order
/// alpha &lt; beta &lt; milestone &lt; rc = cr &lt; snapshot &lt; release (ga, final) &lt; sp; other qualifiers sort after sp alphabetically;
/// trailing zeros and release qualifiers do not count (1.0 == 1 == 1.0.0.final).</summary>
public sealed class MavenScheme : IVersionScheme
{
    public static MavenScheme Instance { get; } = new();

    public string Name => "Maven";

    private const int ReleaseRank = 50;

    public int Compare(string a, string b)
    {
        var x = Tokens(a);
        var y = Tokens(b);
        for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
        {
            var c = CompareToken(i < x.Count ? x[i] : null, i < y.Count ? y[i] : null);
            if (c != 0) return c;
        }

        return 0;
    }

    private static int CompareToken(string? x, string? y)
    {
        // A missing token is the "release" position: 0 for numbers, an empty qualifier otherwise.
        if (x is null) return -CompareToken(y, null);
        var xn = VersionText.IsDigits(x);
        if (y is null)
        {
            return xn ? VersionText.CompareNumbers(x, "0") : Rank(x).CompareTo(ReleaseRank);
        }

        var yn = VersionText.IsDigits(y);
        return (xn, yn) switch
        {
            (true, true) => VersionText.CompareNumbers(x, y),
            (true, false) => 1,
            (false, true) => -1,
            _ => CompareQualifier(x, y),
        };
    }

    private static int CompareQualifier(string x, string y)
    {
        // Known qualifiers with the same rank are the same (rc == cr, ga == final); unknown ones sort alphabetically.
        var c = Rank(x).CompareTo(Rank(y));
        return c != 0 || Rank(x) != 70 ? c : Math.Sign(string.CompareOrdinal(x, y));
    }

    private static int Rank(string qualifier) => qualifier switch
    {
        "alpha" or "a" => 10,
        "beta" or "b" => 20,
        "milestone" or "m" => 30,
        "rc" or "cr" => 40,
        "snapshot" => 45,
        "" or "ga" or "final" or "release" => ReleaseRank,
        "sp" => 60,
        _ => 70,
    };

    private static List<string> Tokens(string version)
    {
        var tokens = VersionText.Runs(version.Trim().ToLowerInvariant());

        // Trailing "nulls" (zeros and release qualifiers) do not change a version.
        while (tokens.Count > 1 && (tokens[^1].TrimStart('0').Length == 0 || Rank(tokens[^1]) == ReleaseRank))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }
}
