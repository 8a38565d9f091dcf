using System.Globalization;

namespace Plumbline.Checks.Site.Headers;

/// <summary>A parsed Strict-Transport-Security header (RFC 6797).</summary>
/// <param name="MaxAge">max-age in seconds, or null when missing or invalid.</param>
/// <param name="IncludeSubDomains">True when includeSubDomains is set.</param>
/// <param name="Preload">True when preload is set.</param>
public sealed record StrictTransportSecurity(long? MaxAge, bool IncludeSubDomains, bool Preload)
{
    /// <summary>Six months as the HTTP Observatory counts them: 180 days (15552000 s), which many sites use, rather
    /// than half of 365 days (15768000 s).</summary>
    public const long SixMonths = 15552000;

    /// <summary>Parses the header value.</summary>
    public static StrictTransportSecurity Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains(',', StringComparison.Ordinal))
        {
            // Two headers folded into one value: browsers cannot tell which one applies.
            return new StrictTransportSecurity(null, false, false);
        }

        long? maxAge = null;
        bool sub = false, preload = false;
        foreach (var part in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = (eq < 0 ? part : part[..eq]).Trim().ToLowerInvariant();
            var arg = eq < 0 ? string.Empty : part[(eq + 1)..].Trim().Trim('"');
            switch (name)
            {
                case "max-age" when long.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds):
                    maxAge = seconds;
                    break;
                case "includesubdomains":
                    sub = true;
                    break;
                case "preload":
                    preload = true;
                    break;
            }
        }

        return new StrictTransportSecurity(maxAge, sub, preload);
    }

    /// <summary>True when max-age is at least six months.</summary>
    public bool IsLongEnough => MaxAge >= SixMonths;
}
