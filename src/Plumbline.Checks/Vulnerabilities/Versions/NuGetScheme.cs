namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>NuGet ordering: up to four numeric parts (missing parts are 0, so 1.0 == 1.0.0.0), then the
/// pre-release label compared identifier by identifier ignoring case; <c>+metadata</c> is ignored.</summary>
public sealed class NuGetScheme : IVersionScheme
{
    public static NuGetScheme Instance { get; } = new();

    public string Name => "NuGet";

    public int Compare(string a, string b)
    {
        var (xr, xp) = Parse(a);
        var (yr, yp) = Parse(b);
        for (var i = 0; i < 4; i++)
        {
            var c = VersionText.CompareNumbers(xr[i], yr[i]);
            if (c != 0) return c;
        }

        return SemVerScheme.ComparePre(xp, yp);
    }

    private static (string[] Release, string[] Pre) Parse(string version)
    {
        var v = version.Trim().TrimStart('v', 'V').ToLowerInvariant();
        var plus = v.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0) v = v[..plus];
        var dash = v.IndexOf('-', StringComparison.Ordinal);
        var pre = dash >= 0 ? v[(dash + 1)..].Split('.') : [];
        var parts = (dash >= 0 ? v[..dash] : v).Split('.');
        var release = new string[4];
        for (var i = 0; i < 4; i++)
        {
            release[i] = i < parts.Length && VersionText.IsDigits(parts[i]) ? parts[i] : "0";
        }

        return (release, pre);
    }
}
