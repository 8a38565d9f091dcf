namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>A best-effort order for ecosystems without a scheme of their own: runs of digits compare as numbers,
/// runs of letters alphabetically, and a letter run sorts before a number (1.0rc1 &lt; 1.0.1).</summary>
public sealed class GenericScheme : IVersionScheme
{
    public static GenericScheme Instance { get; } = new();

    public string Name => "generic";

    public int Compare(string a, string b)
    {
        var x = VersionText.Runs(a.ToLowerInvariant());
        var y = VersionText.Runs(b.ToLowerInvariant());
        for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
        {
            if (i >= x.Count) return VersionText.IsDigits(y[i]) ? -1 : 1;
            if (i >= y.Count) return VersionText.IsDigits(x[i]) ? 1 : -1;
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

        return 0;
    }
}
