namespace Plumbline.Checks.Site.Headers;

/// <summary>The Referrer-Policy a browser applies: of a comma-separated list (and of several headers, in order), the last
/// token it knows; unknown tokens are skipped, so a newer policy can be listed after a fallback.</summary>
/// <param name="Value">The header values as sent, joined with ", ".</param>
/// <param name="Effective">The policy that applies, or null when no token is a known policy.</param>
public sealed record ReferrerPolicy(string Value, string? Effective)
{
    /// <summary>Policies that never send the full URL (path and query) to another site.</summary>
    public static readonly IReadOnlySet<string> Private = new HashSet<string>(StringComparer.Ordinal)
    {
        "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin",
    };

    /// <summary>Policies that send more than they should: the full URL (unsafe-url, no-referrer-when-downgrade), or the
    /// origin even from an HTTPS page to an HTTP one (origin, origin-when-cross-origin).</summary>
    public static readonly IReadOnlySet<string> Unsafe = new HashSet<string>(StringComparer.Ordinal)
    {
        "origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade",
    };

    /// <summary>The policy from every Referrer-Policy header value, or null when none was sent.</summary>
    public static ReferrerPolicy? Of(IReadOnlyList<string> headerValues)
    {
        ArgumentNullException.ThrowIfNull(headerValues);
        if (headerValues.Count == 0)
        {
            return null;
        }

        var value = string.Join(", ", headerValues);
        var effective = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant())
            .LastOrDefault(t => Private.Contains(t) || Unsafe.Contains(t));
        return new ReferrerPolicy(value, effective);
    }

    /// <summary>True when the policy that applies is private.</summary>
    public bool IsPrivate => Effective is { } e && Private.Contains(e);
}
