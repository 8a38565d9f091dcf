using System.Globalization;

namespace Plumbline.Checks.Domain.Dmarc;

/// <summary>Parses DMARC records: <c>v=DMARC1</c> first, then <c>tag=value</c> pairs separated by semicolons.</summary>
public static class DmarcParser
{
    private static readonly HashSet<string> KnownTags = new(StringComparer.Ordinal) { "v", "p", "sp", "pct", "rua", "ruf", "adkim", "aspf", "fo", "rf", "ri", "np" };

    /// <summary>True when the TXT string is a DMARC record.</summary>
    public static bool IsDmarc(string txt) => txt.TrimStart().StartsWith("v=DMARC1", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the record; never throws.</summary>
    public static DmarcRecord Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<string>();
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
                errors.Add($"unknown tag '{name}'");
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
                    if (!uri.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !uri.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
                    {
                        errors.Add($"{tag} address '{uri}' is not a mailto: URI");
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

        return new DmarcRecord(text, tags, errors);
    }
}
