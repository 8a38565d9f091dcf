namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>RubyGems ordering (<c>Gem::Version</c>): segments of digits or letters; any letter segment makes a
/// pre-release (1.0.a &lt; 1.0); trailing zero segments do not count (1.0 == 1); a <c>-</c> means <c>.pre.</c>.</summary>
public sealed class RubyGemsScheme : IVersionScheme
{
    public static RubyGemsScheme Instance { get; } = new();

    public string Name => "RubyGems";

    public int Compare(string a, string b)
    {
        var x = Canonical(a);
        var y = Canonical(b);
        for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
        {
            // A missing segment is 0 against a number, and newer than a letter segment (1.0 > 1.0.a).
            var xs = i < x.Count ? x[i] : null;
            var ys = i < y.Count ? y[i] : null;
            var c = (xs, ys) switch
            {
                (null, _) => VersionText.IsDigits(ys!) ? VersionText.CompareNumbers("0", ys!) : 1,
                (_, null) => VersionText.IsDigits(xs) ? VersionText.CompareNumbers(xs, "0") : -1,
                _ => CompareSegment(xs, ys),
            };
            if (c != 0) return c;
        }

        return 0;
    }

    private static int CompareSegment(string x, string y)
    {
        var xn = VersionText.IsDigits(x);
        var yn = VersionText.IsDigits(y);
        return (xn, yn) switch
        {
            (true, true) => VersionText.CompareNumbers(x, y),
            (true, false) => 1,
            (false, true) => -1,
            _ => Math.Sign(string.CompareOrdinal(x, y)),
        };
    }

    private static List<string> Canonical(string version)
    {
        var segments = VersionText.Runs(version.Trim().Replace("-", ".pre.", StringComparison.Ordinal));

        // Drop zeros that sit just before the first letter segment or at the end, as Gem::Version#canonical_segments does.
        var firstLetter = segments.FindIndex(s => !VersionText.IsDigits(s));
        var release = firstLetter < 0 ? segments : segments[..firstLetter];
        var pre = firstLetter < 0 ? [] : segments[firstLetter..];
        while (release.Count > 1 && release[^1].TrimStart('0').Length == 0) release.RemoveAt(release.Count - 1);
        while (pre.Count > 0 && VersionText.IsDigits(pre[^1]) && pre[^1].TrimStart('0').Length == 0) pre.RemoveAt(pre.Count - 1);
        return [.. release, .. pre];
    }
}
