using System.Globalization;

namespace Plumbline.Checks.Vulnerabilities.Osv;

/// <summary>The CVSS v3.0/v3.1 base score of a vector such as <c>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>,
/// computed with the specification's formulas and weights (v3.1 rounding).</summary>
public static class CvssV3
{
    /// <summary>The base score, or null when the vector is not a complete v3 base vector.</summary>
    public static double? BaseScore(string vector)
    {
        var parts = vector.Trim().Split('/');
        if (parts.Length == 0 || !parts[0].StartsWith("CVSS:3", StringComparison.Ordinal))
        {
            return null;
        }

        var m = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in parts.Skip(1))
        {
            var kv = p.Split(':');
            if (kv.Length == 2) m[kv[0]] = kv[1];
        }

        if (!m.TryGetValue("S", out var scope) || scope is not ("U" or "C"))
        {
            return null;
        }

        var changed = scope == "C";
        double? av = Get(m, "AV") switch { "N" => 0.85, "A" => 0.62, "L" => 0.55, "P" => 0.2, _ => null };
        double? ac = Get(m, "AC") switch { "L" => 0.77, "H" => 0.44, _ => null };
        double? pr = Get(m, "PR") switch { "N" => 0.85, "L" => changed ? 0.68 : 0.62, "H" => changed ? 0.5 : 0.27, _ => null };
        double? ui = Get(m, "UI") switch { "N" => 0.85, "R" => 0.62, _ => null };
        double? c = Cia(Get(m, "C"));
        double? i = Cia(Get(m, "I"));
        double? a = Cia(Get(m, "A"));
        if (av is null || ac is null || pr is null || ui is null || c is null || i is null || a is null)
        {
            return null;
        }

        var iss = 1 - ((1 - c.Value) * (1 - i.Value) * (1 - a.Value));
        var impact = changed ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15)) : 6.42 * iss;
        var exploitability = 8.22 * av.Value * ac.Value * pr.Value * ui.Value;
        if (impact <= 0)
        {
            return 0;
        }

        return changed ? RoundUp(Math.Min(1.08 * (impact + exploitability), 10)) : RoundUp(Math.Min(impact + exploitability, 10));
    }

    /// <summary>The qualitative rating of a score: 9.0+ critical, 7.0+ high, 4.0+ medium, 0.1+ low, 0 none (info).</summary>
    public static Plumbline.Core.Findings.Severity Rating(double score) => score switch
    {
        >= 9.0 => Plumbline.Core.Findings.Severity.Critical,
        >= 7.0 => Plumbline.Core.Findings.Severity.High,
        >= 4.0 => Plumbline.Core.Findings.Severity.Medium,
        > 0 => Plumbline.Core.Findings.Severity.Low,
        _ => Plumbline.Core.Findings.Severity.Info,
    };

    /// <summary>The score as people write it: one decimal, invariant culture.</summary>
    public static string Format(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    private static string? Get(Dictionary<string, string> m, string key) => m.GetValueOrDefault(key);

    private static double? Cia(string? v) => v switch { "H" => 0.56, "L" => 0.22, "N" => 0, _ => null };

    // CVSS v3.1 Appendix A: round up to one decimal without floating-point surprises.
    private static double RoundUp(double value)
    {
        var integer = (long)Math.Round(value * 100000);
        return integer % 10000 == 0 ? integer / 100000.0 : (Math.Floor(integer / 10000.0) + 1) / 10.0;
    }
}
