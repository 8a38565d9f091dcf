using Plumbline.Checks.Site.Headers;

namespace Plumbline.Checks.Site;

/// <summary>An overall score and grade by the HTTP Observatory's published rules: one result per test (the worst problem
/// of that test decides), start at 100, subtract the penalties, add the bonuses only when the site is already at 90 or
/// more, grade A+ to F. The table, and where plumb differs on purpose, are in docs/site.md.</summary>
/// <param name="Score">0 or more; above 100 with bonuses.</param>
/// <param name="Grade">A+, A, A-, B+, ..., D-, F.</param>
/// <param name="Adjustments">Every penalty and bonus applied.</param>
public sealed record SiteScore(int Score, string Grade, IReadOnlyList<ScoreAdjustment> Adjustments)
{
    /// <summary>Bonuses count only from this score up, so they cannot lift a weak site.</summary>
    public const int BonusThreshold = 90;

    /// <summary>The lowest score of each grade, best first.</summary>
    public static IReadOnlyList<(int Min, string Grade)> Grades { get; } =
    [
        (100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"),
        (60, "C+"), (50, "C"), (45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F"),
    ];

    /// <summary>The grade for a score.</summary>
    public static string GradeOf(int score) => Grades.First(g => score >= g.Min).Grade;

    /// <summary>Scores the snapshot: one result per test, as the Observatory scores, plus plumb's own TLS and version rules.</summary>
    public static SiteScore Of(SiteSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Page is not { } page)
        {
            return new SiteScore(0, "F", [new ScoreAdjustment("https-unavailable", -100, $"HTTPS did not complete: {snapshot.NoPageReason}")]);
        }

        var results = new List<ScoreAdjustment?>
        {
            Redirection(snapshot),
            Hsts(snapshot, page),
            Csp(snapshot),
            ContentTypeOptions(page),
            Framing(page, snapshot.Csp),
            Referrer(page),
            Cookies(snapshot),
        };
        if (snapshot.Protocols.Any(p => p.IsLegacy && p.Result == TlsProbeResult.Accepted))
        {
            results.Add(new("legacy-tls-accepted", -10, "TLS 1.0 or 1.1 is accepted"));
        }

        if (new[] { "server", "x-powered-by", "x-aspnet-version" }.SelectMany(page.All).Any(v => v.Any(char.IsAsciiDigit)))
        {
            results.Add(new("version-disclosed", -5, "a response header names a software version"));
        }

        var applied = results.OfType<ScoreAdjustment>().Where(a => a.Points != 0).ToList();
        var penalties = applied.Where(a => a.Points < 0).ToList();
        var score = 100 + penalties.Sum(p => p.Points);
        var counted = score >= BonusThreshold;
        var adjustments = penalties.Concat(applied.Where(a => a.Points > 0).Select(b => b with { Counted = counted })).ToList();
        if (counted)
        {
            score += adjustments.Where(a => a.Points > 0).Sum(b => b.Points);
        }

        score = Math.Max(0, score);
        return new SiteScore(score, GradeOf(score), adjustments);
    }

    // The plain-HTTP route: it must reach HTTPS, and its first redirect must go to HTTPS on the same host.
    private static ScoreAdjustment? Redirection(SiteSnapshot snapshot)
    {
        if (snapshot.Http is not { Hops.Count: > 0 } http)
        {
            return null;
        }

        var route = http.Hops.Select(h => h.Url).Concat(http.Hops[^1].RedirectTarget is { } t && http.Error is not null ? [t] : []).ToList();
        if (route.Count == 1)
        {
            return new("redirect-missing", -20, "HTTP serves the site without redirecting to HTTPS");
        }

        if (route[^1].Scheme != "https")
        {
            return new("redirect-not-to-https", -20, "HTTP redirects, but never reaches HTTPS");
        }

        if (route[1].Scheme == "http")
        {
            return new("redirect-not-to-https-first", -10, "HTTP's first redirect goes to another HTTP URL before HTTPS");
        }

        return !string.Equals(route[0].IdnHost, route[1].IdnHost, StringComparison.OrdinalIgnoreCase)
            ? new("redirect-off-host", -5, "HTTP redirects to HTTPS on another host, so HSTS is never set for this one")
            : null;
    }

    private static ScoreAdjustment? Hsts(SiteSnapshot snapshot, Net.HttpExchange page)
    {
        if (!snapshot.PageIsHttps)
        {
            return new("hsts-no-https", -20, "the page is served over plain HTTP, where HSTS cannot be set");
        }

        if (page.Header("strict-transport-security") is not { } value)
        {
            return new("hsts-missing", -20, "Strict-Transport-Security is not sent");
        }

        var hsts = StrictTransportSecurity.Parse(value);
        if (hsts.MaxAge is null)
        {
            return new("hsts-invalid", -20, "the Strict-Transport-Security header cannot be parsed (no max-age, or sent twice)");
        }

        return hsts.IsLongEnough ? null : new("hsts-short", -10, "HSTS max-age is under six months (15552000 s)");
    }

    private static ScoreAdjustment? Csp(SiteSnapshot snapshot)
    {
        if (snapshot.Csp is not { } csp)
        {
            return snapshot.Page!.All("content-security-policy-report-only").Count > 0
                ? new("csp-report-only", -25, "only Content-Security-Policy-Report-Only is sent, which blocks nothing")
                : new("csp-missing", -25, "Content-Security-Policy is not sent");
        }

        var analysis = csp.Analyse(snapshot.PageIsHttps);
        var problems = string.Join("; ", analysis.Problems);
        return analysis.Result switch
        {
            CspResult.Invalid => new("csp-invalid", -25, problems),
            CspResult.UnsafeInline => new("csp-unsafe-inline", -20, problems),
            CspResult.InsecureScheme => new("csp-insecure-scheme", -20, problems),
            CspResult.UnsafeEval => new("csp-unsafe-eval", -10, problems),
            CspResult.InsecurePassiveScheme => new("csp-insecure-passive", -10, problems),
            CspResult.DefaultNone => new("csp-default-none", 10, "the CSP sets default-src 'none' and allows nothing unsafe"),
            CspResult.NoUnsafe => new("csp-no-unsafe", 5, "the CSP allows no inline script, eval or scripts from any host"),
            _ => null,
        };
    }

    private static ScoreAdjustment? ContentTypeOptions(Net.HttpExchange page) => page.Header("x-content-type-options")?.Trim() switch
    {
        null => new("x-content-type-options-missing", -5, "X-Content-Type-Options is not sent"),
        var v when v.Equals("nosniff", StringComparison.OrdinalIgnoreCase) => null,
        _ => new("x-content-type-options-invalid", -5, "X-Content-Type-Options is not 'nosniff'"),
    };

    private static ScoreAdjustment? Framing(Net.HttpExchange page, ContentSecurityPolicy? csp)
    {
        if (csp is { RestrictsFraming: true })
        {
            return new("frame-ancestors", 5, "framing is restricted with CSP frame-ancestors");
        }

        return page.Header("x-frame-options")?.Trim().ToUpperInvariant() switch
        {
            "DENY" or "SAMEORIGIN" => new("x-frame-options", 5, "framing is restricted with X-Frame-Options"),
            { } v when v.StartsWith("ALLOW-FROM", StringComparison.Ordinal) => null,
            null => new("framing-unrestricted", -20, "neither X-Frame-Options nor CSP frame-ancestors restricts framing"),
            _ => new("x-frame-options-invalid", -20, "X-Frame-Options is not DENY or SAMEORIGIN, so browsers ignore it"),
        };
    }

    private static ScoreAdjustment? Referrer(Net.HttpExchange page)
    {
        if (ReferrerPolicy.Of(page.All("referrer-policy")) is not { } policy)
        {
            return null;
        }

        if (policy.Effective is null)
        {
            return new("referrer-invalid", -5, $"Referrer-Policy '{policy.Value}' names no known policy");
        }

        return policy.IsPrivate
            ? new("referrer-private", 5, $"Referrer-Policy: {policy.Effective}")
            : new("referrer-unsafe", -5, $"Referrer-Policy: {policy.Effective} sends more than the origin, or sends it to HTTP");
    }

    // The worst cookie decides, as in the Observatory: session cookies (names with "sess" or "login") weigh most, and a
    // site with valid HSTS is forgiven part of a missing Secure.
    private static ScoreAdjustment? Cookies(SiteSnapshot snapshot)
    {
        var cookies = snapshot.Cookies.Where(c => !c.Name.Equals("heroku-session-affinity", StringComparison.Ordinal))
            .GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (cookies.Count == 0)
        {
            return null;
        }

        var hsts = snapshot.PageIsHttps && snapshot.Page!.Header("strict-transport-security") is { } value && StrictTransportSecurity.Parse(value).IsLongEnough;
        var worst = snapshot.Page!.All("set-cookie").Any(SetCookie.HasInvalidSameSite) ? CookieResult.SameSiteInvalid : CookieResult.None;
        foreach (var c in cookies)
        {
            var name = c.Name.ToLowerInvariant();
            var session = name.Contains("login", StringComparison.Ordinal) || name.Contains("sess", StringComparison.Ordinal);
            var sameSite = c.ValidSameSite;
            if (!c.Secure && sameSite == "none")
            {
                worst = Worse(worst, CookieResult.SameSiteInvalid);
            }

            worst = Worse(worst, c.Secure ? CookieResult.None : hsts ? CookieResult.NotSecureWithHsts : CookieResult.NotSecure);
            if (name.Contains("csrf", StringComparison.Ordinal) && sameSite is null)
            {
                worst = Worse(worst, CookieResult.CsrfWithoutSameSite);
            }

            if (session && !c.Secure)
            {
                worst = Worse(worst, hsts ? CookieResult.SessionNotSecureWithHsts : CookieResult.SessionNotSecure);
            }

            if (session && !c.HttpOnly)
            {
                worst = Worse(worst, CookieResult.SessionNotHttpOnly);
            }
        }

        return worst switch
        {
            CookieResult.None => cookies.All(c => c.ValidSameSite is not null)
                ? new("cookies-locked-down", 5, "every cookie is Secure, session cookies are HttpOnly, and all set SameSite")
                : null,
            CookieResult.NotSecureWithHsts => new("cookie-not-secure-hsts", -5, "a cookie is set without Secure (HSTS protects it)"),
            CookieResult.NotSecure => new("cookie-not-secure", -20, "a cookie is set without Secure"),
            CookieResult.SessionNotSecureWithHsts => new("session-cookie-not-secure-hsts", -10, "a session cookie is set without Secure (HSTS protects it)"),
            CookieResult.SameSiteInvalid => new("cookie-samesite-invalid", -20, "a cookie has an invalid SameSite, or SameSite=None without Secure"),
            CookieResult.CsrfWithoutSameSite => new("csrf-cookie-no-samesite", -20, "an anti-CSRF cookie is set without SameSite"),
            CookieResult.SessionNotHttpOnly => new("session-cookie-not-httponly", -30, "a session cookie is set without HttpOnly, so scripts can steal it"),
            _ => new("session-cookie-not-secure", -40, "a session cookie is set without Secure, so it travels over plain HTTP"),
        };
    }

    private static CookieResult Worse(CookieResult a, CookieResult b) => (CookieResult)Math.Max((int)a, (int)b);

    // Worst last, in the Observatory's order (which is not the order of points).
    private enum CookieResult
    {
        None,
        NotSecureWithHsts,
        NotSecure,
        SessionNotSecureWithHsts,
        SameSiteInvalid,
        CsrfWithoutSameSite,
        SessionNotHttpOnly,
        SessionNotSecure,
    }
}
