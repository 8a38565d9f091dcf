namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>Composer ordering for Packagist: up to four numeric parts, then stability
/// dev &lt; alpha &lt; beta &lt; RC &lt; stable &lt; patch (<c>-p1</c>, <c>-pl1</c>), each with an optional number.</summary>
public sealed class PackagistScheme : IVersionScheme
{
    public static PackagistScheme Instance { get; } = new();

    public string Name => "Packagist";

    public int Compare(string a, string b)
    {
        var x = Parse(a);
        var y = Parse(b);
        for (var i = 0; i < 4; i++)
        {
            var c = VersionText.CompareNumbers(x.Release[i], y.Release[i]);
            if (c != 0) return c;
        }

        var s = x.Stability.CompareTo(y.Stability);
        return s != 0 ? s : VersionText.CompareNumbers(x.Number, y.Number);
    }

    private static (string[] Release, int Stability, string Number) Parse(string version)
    {
        var runs = VersionText.Runs(version.Trim().TrimStart('v', 'V').ToLowerInvariant());
        var release = new string[] { "0", "0", "0", "0" };
        var i = 0;
        var n = 0;
        while (i < runs.Count && VersionText.IsDigits(runs[i]))
        {
            if (n < 4) release[n++] = runs[i];
            i++;
        }

        var stability = 4;
        var number = "0";
        if (i < runs.Count)
        {
            stability = runs[i] switch
            {
                "dev" => 0,
                "a" or "alpha" => 1,
                "b" or "beta" => 2,
                "rc" => 3,
                "stable" => 4,
                "p" or "pl" or "patch" => 5,
                _ => 0,
            };
            if (i + 1 < runs.Count && VersionText.IsDigits(runs[i + 1])) number = runs[i + 1];
        }

        return (release, stability, number);
    }
}
