namespace Plumbline.Checks.Domain;

/// <summary>A parsed MTA-STS policy file (RFC 8461 section 3.2).</summary>
/// <param name="Mode">enforce, testing or none.</param>
/// <param name="MxPatterns">The <c>mx:</c> lines (host names, <c>*.</c> wildcards allowed).</param>
/// <param name="MaxAge">Seconds a sender may cache the policy.</param>
/// <param name="Errors">What is wrong with the file.</param>
public sealed record MtaStsPolicy(string? Mode, IReadOnlyList<string> MxPatterns, long? MaxAge, IReadOnlyList<string> Errors)
{
    /// <summary>Parses the policy text; never throws.</summary>
    public static MtaStsPolicy Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<string>();
        string? version = null, mode = null;
        long? maxAge = null;
        var mx = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                errors.Add($"'{line}' is not a 'key: value' line");
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "version": version = value; break;
                case "mode": mode = value; break;
                case "mx": mx.Add(value.TrimEnd('.')); break;
                case "max_age":
                    if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) && age <= 31557600)
                    {
                        maxAge = age;
                    }
                    else
                    {
                        errors.Add($"max_age '{value}' is not a number of seconds up to 31557600");
                    }

                    break;
            }
        }

        if (version != "STSv1")
        {
            errors.Add("the policy must contain 'version: STSv1'");
        }

        if (mode is not ("enforce" or "testing" or "none"))
        {
            errors.Add(mode is null ? "the policy has no 'mode'" : $"mode '{mode}' is not enforce, testing or none");
        }

        if (maxAge is null && !errors.Any(e => e.StartsWith("max_age", StringComparison.Ordinal)))
        {
            errors.Add("the policy has no 'max_age'");
        }

        if (mode is "enforce" or "testing" && mx.Count == 0)
        {
            errors.Add("the policy lists no 'mx' hosts");
        }

        return new MtaStsPolicy(mode, mx, maxAge, errors);
    }

    /// <summary>True when an MX host name matches one of the policy's patterns.</summary>
    public bool Covers(string host)
    {
        host = host.TrimEnd('.');
        return MxPatterns.Any(p => p.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(p[1..], StringComparison.OrdinalIgnoreCase) && !host[..^(p.Length - 1)].Contains('.', StringComparison.Ordinal)
            : string.Equals(p, host, StringComparison.OrdinalIgnoreCase));
    }
}
