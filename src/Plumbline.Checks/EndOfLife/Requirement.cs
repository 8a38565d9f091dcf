namespace Plumbline.Checks.EndOfLife;

/// <summary>Reads a version requirement (<c>^7.2</c>, <c>~&gt; 2.7</c>, <c>&gt;=3.7,&lt;3.11</c>, <c>7.4.*</c>,
/// <c>^7.4 || ^8.0</c>) as the newest version it lets the project run on, written as a prefix ("7" for ^7.2: any 7.x).
/// A requirement with no upper bound (<c>&gt;=7.2</c>) says what the project needs, not what it runs on: it gives null.</summary>
public static partial class Requirement
{
    public static string? NewestAllowed(string text)
    {
        string? best = null;
        foreach (var alternative in text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var one = One(alternative);
            if (one is null) return null;
            if (best is null || VersionParts.Compare(VersionParts.Of(one), VersionParts.Of(best)) > 0) best = one;
        }

        return best;
    }

    private static string? One(string text)
    {
        // ">= 18" and "~> 2.7" keep their operator with the version.
        var joined = OperatorSpace().Replace(text, "${op}");
        var constraints = joined.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
        string? upper = null;
        string? exact = null;
        foreach (var raw in constraints)
        {
            var c = raw.Trim();
            if (c.StartsWith("<=", StringComparison.Ordinal)) upper = Min(upper, c[2..].Trim());
            else if (c.StartsWith('<')) upper = Min(upper, Below(c[1..].Trim()));
            else if (c.StartsWith(">=", StringComparison.Ordinal) || c.StartsWith('>') || c.StartsWith("!=", StringComparison.Ordinal)) continue;
            else if (c.StartsWith("~>", StringComparison.Ordinal) || c.StartsWith("~=", StringComparison.Ordinal)) exact = Pessimistic(c[2..].Trim());
            else if (c.StartsWith('^')) exact = Major(c[1..]);
            else if (c.StartsWith('~')) exact = Major(c[1..]);
            else if (c is "*" or "x") return null;
            else exact = c.TrimStart('=', 'v').Replace(".*", string.Empty, StringComparison.Ordinal).Replace(".x", string.Empty, StringComparison.Ordinal);
        }

        if (exact is not null && VersionParts.Of(exact).Count == 0) exact = null;
        if (exact is not null && upper is not null) return Min(exact, upper);
        return exact ?? upper;
    }

    // "~> 2.7" allows 2.x; "~> 2.7.1" allows 2.7.x: the last part may grow.
    private static string? Pessimistic(string version)
    {
        var parts = VersionParts.Of(version);
        return parts.Count <= 1 ? null : string.Join('.', parts.Take(parts.Count - 1));
    }

    private static string? Major(string version) => VersionParts.Of(version) is { Count: > 0 } p ? p[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    // "<3.11" allows up to 3.10; "<8" and "<8.0" allow 7.x.
    private static string? Below(string version)
    {
        var parts = VersionParts.Of(version).ToList();
        while (parts.Count > 1 && parts[^1] == 0) parts.RemoveAt(parts.Count - 1);
        if (parts.Count == 0 || parts[^1] == 0) return null;
        parts[^1]--;
        return string.Join('.', parts);
    }

    private static string? Min(string? a, string? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        return VersionParts.Compare(VersionParts.Of(a), VersionParts.Of(b)) <= 0 ? a : b;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<op>>=|<=|~>|~=|==|!=|>|<|\^|~|=)\s+")]
    private static partial System.Text.RegularExpressions.Regex OperatorSpace();
}
