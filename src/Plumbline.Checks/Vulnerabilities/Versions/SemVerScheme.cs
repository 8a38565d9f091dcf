namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>Semantic Versioning 2.0 precedence (npm, crates.io, Go with its <c>v</c> prefix).</summary>
/// <remarks>Lenient the way real lockfiles need: a leading <c>v</c> or <c>=</c> is dropped, missing minor or
/// patch count as 0, <c>+build</c> metadata and Go's <c>+incompatible</c> do not affect order. Go
/// pseudo-versions (<c>v0.0.0-20191109021931-daa7c04131f5</c>) are pre-releases, so they order by their timestamp.</remarks>
public sealed class SemVerScheme : IVersionScheme
{
    public static SemVerScheme Instance { get; } = new("SemVer");

    private SemVerScheme(string name) => Name = name;

    public string Name { get; }

    public int Compare(string a, string b)
    {
        var x = Parse(a);
        var y = Parse(b);
        for (var i = 0; i < 3; i++)
        {
            var c = VersionText.CompareNumbers(x.Core[i], y.Core[i]);
            if (c != 0) return c;
        }

        return ComparePre(x.Pre, y.Pre);
    }

    /// <summary>The major, minor and patch numbers as strings of digits, and the pre-release identifiers.</summary>
    internal static (string[] Core, string[] Pre) Parse(string version)
    {
        var v = version.Trim().TrimStart('v', 'V', '=');
        var plus = v.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0) v = v[..plus];
        var dash = v.IndexOf('-', StringComparison.Ordinal);
        var pre = dash >= 0 ? v[(dash + 1)..].Split('.') : [];
        var core = (dash >= 0 ? v[..dash] : v).Split('.');
        var numbers = new string[3];
        for (var i = 0; i < 3; i++)
        {
            numbers[i] = i < core.Length ? LeadingDigits(core[i]) : "0";
        }

        return (numbers, pre);
    }

    internal static int ComparePre(string[] x, string[] y)
    {
        // A release sorts after all of its pre-releases.
        if (x.Length == 0 || y.Length == 0) return y.Length.CompareTo(x.Length);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var c = CompareIdentifier(x[i], y[i]);
            if (c != 0) return c;
        }

        return x.Length.CompareTo(y.Length);
    }

    private static int CompareIdentifier(string a, string b)
    {
        var an = VersionText.IsDigits(a);
        var bn = VersionText.IsDigits(b);
        return (an, bn) switch
        {
            (true, true) => VersionText.CompareNumbers(a, b),
            (true, false) => -1,
            (false, true) => 1,
            _ => Math.Sign(string.CompareOrdinal(a, b)),
        };
    }

    private static string LeadingDigits(string part)
    {
        var n = 0;
        while (n < part.Length && char.IsAsciiDigit(part[n])) n++;
        return n == 0 ? "0" : part[..n];
    }
}
