namespace Plumbline.Checks.Dependencies;

/// <summary>What counts as an unpinned version in each ecosystem.</summary>
public static class Versions
{
    /// <summary>True when the version lets any release in: missing, a wildcard, "latest", or a range with no upper bound.</summary>
    public static bool IsUnpinned(string ecosystem, string? version)
    {
        var v = version?.Trim() ?? string.Empty;
        return ecosystem switch
        {
            Ecosystem.Npm => v.Length == 0 || v is "*" or "x" or "X" or "latest" or "next" || (v.StartsWith(">=", StringComparison.Ordinal) && !v.Contains('<', StringComparison.Ordinal)),
            Ecosystem.NuGet => v.Length == 0 || v.Contains('*', StringComparison.Ordinal) || OpenRange(v),
            Ecosystem.PyPI => v.Length == 0 || v == "*" || (v.StartsWith(">=", StringComparison.Ordinal) && !v.Contains('<', StringComparison.Ordinal)),
            Ecosystem.Cargo => v is "*" or "",
            Ecosystem.Maven => v is "LATEST" or "RELEASE" || OpenRange(v),
            Ecosystem.Gradle => v.Length == 0 || v.Contains('+', StringComparison.Ordinal) || v.StartsWith("latest.", StringComparison.Ordinal),
            Ecosystem.Composer => v is "*" or "" || v.StartsWith("dev-", StringComparison.Ordinal),
            Ecosystem.Pub => v is "any" or "",
            _ => false,
        };
    }

    private static bool OpenRange(string v) =>
        (v.StartsWith('[') || v.StartsWith('(')) && (v.EndsWith(",)", StringComparison.Ordinal) || v.EndsWith(",]", StringComparison.Ordinal));
}
