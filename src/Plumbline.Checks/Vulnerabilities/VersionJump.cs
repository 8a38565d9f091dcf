using System.Text.RegularExpressions;

namespace Plumbline.Checks.Vulnerabilities;

/// <summary>How big an upgrade is, which drives the effort of the recommendation.</summary>
public enum VersionJump
{
    Patch,
    Minor,
    Major,

    /// <summary>No fixed version is published.</summary>
    NoFix,
}

/// <summary>Classifies an upgrade from the leading numbers of two versions.</summary>
public static partial class VersionJumps
{
    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>Major when the first number changes, or the second while the first is 0 (0.x minors break, as SemVer
    /// and npm's caret treat them); minor when the second changes; patch otherwise.</summary>
    public static VersionJump Of(string current, string? target)
    {
        if (target is null)
        {
            return VersionJump.NoFix;
        }

        var x = Release(current);
        var y = Release(target);
        if (x[0] != y[0]) return VersionJump.Major;
        if (x[1] != y[1]) return x[0] == "0" ? VersionJump.Major : VersionJump.Minor;
        return VersionJump.Patch;
    }

    /// <summary>The lowercase word for a jump, used in recommendation ids and reports.</summary>
    public static string Word(this VersionJump jump) => jump switch
    {
        VersionJump.Patch => "patch",
        VersionJump.Minor => "minor",
        VersionJump.Major => "major",
        _ => "no fix",
    };

    private static string[] Release(string version)
    {
        // Drop a PEP 440 epoch ("1!2.0") and anything from a pre-release or build marker on.
        var v = version.Contains('!', StringComparison.Ordinal) ? version[(version.IndexOf('!', StringComparison.Ordinal) + 1)..] : version;
        var cut = v.IndexOfAny(['-', '+']);
        if (cut > 0) v = v[..cut];
        var numbers = Number().Matches(v).Select(m => m.Value.TrimStart('0') is { Length: > 0 } n ? n : "0").ToList();
        while (numbers.Count < 2) numbers.Add("0");
        return [.. numbers];
    }
}
