using System.Globalization;

namespace Plumbline.Checks.Domain.Dmarc;

/// <summary>Parses DMARC records: <c>v=DMARC1</c> first, then <c>tag=value</c> pairs separated by semicolons.</summary>
public static class DmarcParser
{
    // Tags whose values are checked. Any other tag (t=, psd= from DMARCbis, or a typo) is ignored, as RFC 7489
    // section 6.3 requires of receivers, so an unknown tag is a note, never an error.
    private static readonly HashSet<string> KnownTags = new(StringComparer.Ordinal) { "v", "p", "sp", "pct", "rua", "ruf", "adkim", "aspf", "fo", "rf", "ri", "np" };

    /// <summary>True when the TXT string is a DMARC record.</summary>
    public static bool IsDmarc(string txt) => txt.TrimStart().StartsWith("v=DMARC1", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the record; never throws.</summary>
    public static DmarcRecord Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<string>();
        var ignored = new List<string>();
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var eq = parts[i].IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                errors.Add($"'{parts[i]}' is not a tag=value pair");
                continue;
            }

            var name = parts[i][..eq].Trim().ToLowerInvariant();
            var value = parts[i][(eq + 1)..].Trim();
            if (i == 0 && (name != "v" || !value.Equals("DMARC1", StringComparison.Ordinal)))
            {
                errors.Add("the record must start with 'v=DMARC1'");
            }

            if (!KnownTags.Contains(name))
            {
                ignored.Add($"{name}={value}");
                continue;
            }

            if (!tags.TryAdd(name, value))
            {
                errors.Add($"tag '{name}' appears more than once");
            }
        }

        if (!tags.TryGetValue("p", out var p))
        {
            errors.Add("the required policy tag 'p' is missing");
        }
        else if (p.ToLowerInvariant() is not ("none" or "quarantine" or "reject"))
        {
            errors.Add($"p={p} is not none, quarantine or reject");
        }

        if (tags.TryGetValue("sp", out var sp) && sp.ToLowerInvariant() is not ("none" or "quarantine" or "reject"))
        {
            errors.Add($"sp={sp} is not none, quarantine or reject");
        }

        if (tags.TryGetValue("pct", out var pct) && !(int.TryParse(pct, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 100))
        {
            errors.Add($"pct={pct} is not a whole number from 0 to 100");
        }

        foreach (var tag in new[] { "rua", "ruf" })
        {
            if (tags.TryGetValue(tag, out var uris))
            {
                foreach (var uri in uris.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (ReportDomain(uri) is null)
                    {
                        errors.Add($"{tag} address '{uri}' is not a mailto: URI with an address (mailto:dmarc@example.com, optionally !10m)");
                    }
                }
            }
        }

        foreach (var tag in new[] { "adkim", "aspf" })
        {
            if (tags.TryGetValue(tag, out var mode) && mode.ToLowerInvariant() is not ("r" or "s"))
            {
                errors.Add($"{tag}={mode} is not r or s");
            }
        }

        // fo: a colon-separated list of 0, 1, d and s (RFC 7489 section 6.3).
        if (tags.TryGetValue("fo", out var fo) && fo.Split(':').Any(o => o.Trim().ToLowerInvariant() is not ("0" or "1" or "d" or "s")))
        {
            errors.Add($"fo={fo} is not a colon-separated list of 0, 1, d and s");
        }

        if (tags.TryGetValue("ri", out var ri) && !uint.TryParse(ri, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            errors.Add($"ri={ri} is not a number of seconds");
        }

        if (tags.TryGetValue("rf", out var rf) && rf.Split(':').Any(f => !f.Trim().Equals("afrf", StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"rf={rf} is not afrf, the one report format defined");
        }

        return new DmarcRecord(text, tags, errors) { Ignored = ignored };
    }

    /// <summary>The domain of a <c>mailto:</c> report URI (size suffix <c>!10m</c> allowed), or null when it is not one.</summary>
    public static string? ReportDomain(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var address = uri["mailto:".Length..];
        var bang = address.IndexOf('!', StringComparison.Ordinal);
        if (bang >= 0)
        {
            var size = address[(bang + 1)..];
            if (size.Length == 0 || !char.IsAsciiDigit(size[0]) || !size.TrimEnd('k', 'm', 'g', 't', 'K', 'M', 'G', 'T').All(char.IsAsciiDigit) || size.Count(char.IsAsciiLetter) > 1)
            {
                return null;
            }

            address = address[..bang];
        }

        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return null;
        }

        var domain = address[(at + 1)..].TrimEnd('.').ToLowerInvariant();
        return DomainName.Normalize(domain).Domain is { } valid && valid.Contains('.', StringComparison.Ordinal) ? valid : null;
    }

    /// <summary>True when two domains belong to one organization, so reports between them need no authorization.
    /// Without the public suffix list this is judged by the names: one inside the other, or a shared registered domain
    /// (the last two labels, or three under a two-letter country code with a short second level such as co.uk).</summary>
    public static bool SameOrganization(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Registered(a).Equals(Registered(b), StringComparison.OrdinalIgnoreCase);
    }

    private static string Registered(string domain)
    {
        var labels = domain.TrimEnd('.').ToLowerInvariant().Split('.');
        var take = labels.Length >= 3 && labels[^1].Length == 2 && labels[^2].Length <= 3 ? 3 : 2;
        return string.Join('.', labels.TakeLast(Math.Min(take, labels.Length)));
    }
}
