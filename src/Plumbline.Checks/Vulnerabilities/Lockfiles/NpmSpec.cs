namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Splits npm-style specs such as <c>@scope/name@^1.2.0</c> or <c>alias@npm:real@1.0.0</c>.</summary>
internal static class NpmSpec
{
    /// <summary>The package name of a spec (the real name for an <c>npm:</c> alias).</summary>
    public static string Name(string spec)
    {
        var s = spec.Trim().Trim('"', '\'');
        var at = s.IndexOf('@', 1);
        if (at < 0) return s;
        var range = s[(at + 1)..];
        if (range.StartsWith("npm:", StringComparison.Ordinal) && range.Length > 4 && range.IndexOf('@', 5) > 0)
        {
            // An alias: the package installed is the one after npm:.
            return Name(range[4..]);
        }

        return s[..at];
    }

    /// <summary>The part after the name's <c>@</c>.</summary>
    public static string Range(string spec)
    {
        var s = spec.Trim().Trim('"', '\'');
        var at = s.IndexOf('@', 1);
        return at < 0 ? string.Empty : s[(at + 1)..];
    }

    /// <summary>True for a version a registry published (not a path, git URL or workspace link).</summary>
    public static bool IsRegistryVersion(string version) =>
        version.Length > 0 && char.IsAsciiDigit(version[0]) && !version.Contains(':', StringComparison.Ordinal) && !version.Contains('/', StringComparison.Ordinal);
}
