namespace Plumbline.Checks.Site.Headers;

/// <summary>A cookie's name and attributes from a Set-Cookie header. The value is never kept: it may be a session token.</summary>
/// <param name="Name">The cookie name.</param>
/// <param name="Secure">Sent over HTTPS only.</param>
/// <param name="HttpOnly">Hidden from scripts.</param>
/// <param name="SameSite">The SameSite value (Strict, Lax, None) or null.</param>
public sealed record SetCookie(string Name, bool Secure, bool HttpOnly, string? SameSite)
{
    /// <summary>Parses a Set-Cookie value; null when it has no name.</summary>
    public static SetCookie? Parse(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var parts = header.Split(';', StringSplitOptions.TrimEntries);
        var eq = parts[0].IndexOf('=', StringComparison.Ordinal);
        var name = (eq < 0 ? parts[0] : parts[0][..eq]).Trim();
        if (name.Length == 0)
        {
            return null;
        }

        bool secure = false, httpOnly = false;
        string? sameSite = null;
        foreach (var attribute in parts.Skip(1))
        {
            var aeq = attribute.IndexOf('=', StringComparison.Ordinal);
            var key = (aeq < 0 ? attribute : attribute[..aeq]).Trim().ToLowerInvariant();
            switch (key)
            {
                case "secure": secure = true; break;
                case "httponly": httpOnly = true; break;
                case "samesite": sameSite = aeq < 0 ? string.Empty : attribute[(aeq + 1)..].Trim(); break;
            }
        }

        // __Host- and __Secure- prefixed cookies are refused by browsers unless Secure; that is still their job to say.
        return new SetCookie(name, secure, httpOnly, sameSite);
    }

    /// <summary>The SameSite value browsers act on (strict, lax or none, lowercase), or null when missing or unknown.</summary>
    public string? ValidSameSite => SameSite?.ToLowerInvariant() is "strict" or "lax" or "none" ? SameSite.ToLowerInvariant() : null;

    /// <summary>True when a Set-Cookie value has a SameSite attribute that is empty or not Strict, Lax or None.</summary>
    public static bool HasInvalidSameSite(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.Split(';').Skip(1).Select(a => a.Split('=', 2)).Any(kv =>
            kv[0].Trim().Equals("samesite", StringComparison.OrdinalIgnoreCase)
            && (kv.Length < 2 || kv[1].Trim().ToLowerInvariant() is not ("strict" or "lax" or "none")));
    }

    /// <summary>What is missing: "Secure", "HttpOnly", "SameSite".</summary>
    public IReadOnlyList<string> Missing
    {
        get
        {
            var missing = new List<string>(3);
            if (!Secure) missing.Add("Secure");
            if (!HttpOnly) missing.Add("HttpOnly");
            if (ValidSameSite is null) missing.Add("SameSite");
            return missing;
        }
    }

    /// <summary>The attributes as evidence, without the value.</summary>
    public override string ToString() =>
        $"{Name}=(value hidden); {(Secure ? "Secure" : "no Secure")}; {(HttpOnly ? "HttpOnly" : "no HttpOnly")}; {(string.IsNullOrEmpty(SameSite) ? "no SameSite" : $"SameSite={SameSite}")}";
}
