using System.Text.RegularExpressions;

namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>PEP 440 ordering for PyPI: epochs, release segments, pre-, post- and dev-releases, local versions.</summary>
/// <remarks>Spellings are normalised as PEP 440 says (<c>alpha</c> → a, <c>c</c>/<c>pre</c>/<c>preview</c> → rc,
/// <c>rev</c>/<c>r</c> → post, optional separators, implicit zeros). Text that is not PEP 440 at all falls back
/// to a plain digit/letter comparison so a legacy version never breaks an audit.</remarks>
public sealed partial class Pep440Scheme : IVersionScheme
{
    public static Pep440Scheme Instance { get; } = new();

    public string Name => "PEP 440";

    public int Compare(string a, string b)
    {
        var x = Parse(a);
        var y = Parse(b);
        if (x is null || y is null)
        {
            return GenericScheme.Instance.Compare(a, b);
        }

        var c = x.Epoch.CompareTo(y.Epoch);
        if (c != 0) return c;
        c = CompareRelease(x.Release, y.Release);
        if (c != 0) return c;
        c = x.PreKey.CompareTo(y.PreKey);
        if (c != 0) return c;
        c = x.PostKey.CompareTo(y.PostKey);
        if (c != 0) return c;
        c = x.DevKey.CompareTo(y.DevKey);
        if (c != 0) return c;
        return CompareLocal(x.Local, y.Local);
    }

    private sealed record Parsed(long Epoch, long[] Release, (int Phase, long Number) PreKey, long PostKey, long DevKey, string[] Local);

    [GeneratedRegex(@"^\s*v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)(?<pre>[-_\.]?(?<prel>a|b|c|rc|alpha|beta|pre|preview)[-_\.]?(?<pren>[0-9]+)?)?(?<post>(?:-(?<postn1>[0-9]+))|(?:[-_\.]?(?<postl>post|rev|r)[-_\.]?(?<postn2>[0-9]+)?))?(?<dev>[-_\.]?(?<devl>dev)[-_\.]?(?<devn>[0-9]+)?)?(?:\+(?<local>[a-z0-9]+(?:[-_\.][a-z0-9]+)*))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private static Parsed? Parse(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var epoch = m.Groups["epoch"].Success ? long.Parse(m.Groups["epoch"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var release = m.Groups["release"].Value.Split('.').Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var hasPre = m.Groups["pre"].Success;
        var hasPost = m.Groups["post"].Success;
        var hasDev = m.Groups["dev"].Success;

        // Phases: dev-only release (-1) < a (0) < b (1) < rc (2) < no pre-release (3).
        (int, long) pre;
        if (hasPre)
        {
            var label = m.Groups["prel"].Value.ToLowerInvariant() switch
            {
                "a" or "alpha" => 0,
                "b" or "beta" => 1,
                _ => 2,
            };
            pre = (label, Number(m.Groups["pren"]));
        }
        else
        {
            pre = !hasPost && hasDev ? (-1, 0) : (3, 0);
        }

        var post = hasPost ? Number(m.Groups["postn1"].Success ? m.Groups["postn1"] : m.Groups["postn2"]) : -1;
        var dev = hasDev ? Number(m.Groups["devn"]) : long.MaxValue;
        var local = m.Groups["local"].Success ? m.Groups["local"].Value.ToLowerInvariant().Split('-', '_', '.') : [];
        return new Parsed(epoch, release, pre, post, dev, local);
    }

    private static long Number(Group g) =>
        g.Success && g.Value.Length > 0 ? long.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static int CompareRelease(long[] x, long[] y)
    {
        // Trailing zeros do not matter: 1.0 == 1.0.0.
        for (var i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            var c = (i < x.Length ? x[i] : 0).CompareTo(i < y.Length ? y[i] : 0);
            if (c != 0) return c;
        }

        return 0;
    }

    private static int CompareLocal(string[] x, string[] y)
    {
        // No local label sorts first; numeric segments sort after alphanumeric ones and compare as numbers.
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var xn = VersionText.IsDigits(x[i]);
            var yn = VersionText.IsDigits(y[i]);
            var c = (xn, yn) switch
            {
                (true, true) => VersionText.CompareNumbers(x[i], y[i]),
                (true, false) => 1,
                (false, true) => -1,
                _ => Math.Sign(string.CompareOrdinal(x[i], y[i])),
            };
            if (c != 0) return c;
        }

        return x.Length.CompareTo(y.Length);
    }
}
