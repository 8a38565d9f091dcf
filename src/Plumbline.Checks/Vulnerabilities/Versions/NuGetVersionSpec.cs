namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>The version NuGet restores for a <c>PackageReference</c> or <c>PackageVersion</c> version, read without a feed.
/// NuGet takes the lowest version that satisfies the request: a bare <c>1.0</c> means "1.0 or higher" and restores
/// 1.0 when it is published, <c>[1.0,2.0)</c> restores 1.0, <c>[1.0]</c> is exact. What depends on the feed's contents
/// is not guessed: a floating version (<c>1.*</c>, <c>1.0.0-*</c>) takes the newest match at restore time, and a
/// range whose lower bound is excluded (<c>(1.0,2.0)</c>) or absent (<c>(,2.0]</c>) takes whatever the feed has
/// just above it.</summary>
public static class NuGetVersionSpec
{
    /// <summary>The restored version in NuGet's normalised form (<c>1.0</c> → <c>1.0.0</c>), or why it cannot be known.</summary>
    public static NuGetPin Resolve(string? spec)
    {
        var s = spec?.Trim() ?? string.Empty;
        if (s.Length == 0) return NuGetPin.Unknown("no version is given");
        if (s.Contains("$(", StringComparison.Ordinal)) return NuGetPin.Unknown($"the version {s} uses an MSBuild property that is not defined in the project or its Directory.*.props files");
        if (s.Contains('*', StringComparison.Ordinal)) return NuGetPin.Unknown($"the floating version {s} restores the newest matching version at the time of each restore");
        if (s[0] is '[' or '(')
        {
            var close = s[^1];
            if (close is not (']' or ')')) return NuGetPin.Unknown($"{s} is not a NuGet version range");
            var inner = s[1..^1];
            var comma = inner.IndexOf(',', StringComparison.Ordinal);
            var lower = (comma < 0 ? inner : inner[..comma]).Trim();
            if (comma < 0 && (s[0] != '[' || close != ']')) return NuGetPin.Unknown($"{s} is not a NuGet version range (an exact version is written [1.0])");
            if (lower.Length == 0) return NuGetPin.Unknown($"the range {s} has no lower bound, so the version restored depends on what the feed publishes");
            if (s[0] == '(') return NuGetPin.Unknown($"the range {s} excludes its lower bound, so the version restored is the next one the feed publishes above {lower}");
            s = lower;
        }

        return Normalise(s) is { } version ? NuGetPin.Of(version) : NuGetPin.Unknown($"{s} is not a NuGet version");
    }

    /// <summary>NuGet's normal form: three or four numeric parts without leading zeros (a zero fourth part dropped),
    /// the pre-release label kept, build metadata dropped; null when the text is not a NuGet version.</summary>
    public static string? Normalise(string version)
    {
        var v = version.Trim();
        var plus = v.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0) v = v[..plus];
        var dash = v.IndexOf('-', StringComparison.Ordinal);
        var label = dash >= 0 ? v[dash..] : string.Empty;
        var parts = (dash >= 0 ? v[..dash] : v).Split('.');
        if (parts.Length is < 1 or > 4 || !parts.All(VersionText.IsDigits) || label == "-") return null;
        var numbers = parts.Select(p => p.TrimStart('0') is { Length: > 0 } t ? t : "0").ToList();
        while (numbers.Count < 3) numbers.Add("0");
        if (numbers.Count == 4 && numbers[3] == "0") numbers.RemoveAt(3);
        return string.Join('.', numbers) + label;
    }
}

/// <summary>A version NuGet will restore, or the reason it cannot be known from the files alone.</summary>
public readonly record struct NuGetPin(string? Version, string? Reason)
{
    public static NuGetPin Of(string version) => new(version, null);

    public static NuGetPin Unknown(string reason) => new(null, reason);
}
