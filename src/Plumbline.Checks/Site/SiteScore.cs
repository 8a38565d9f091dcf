using Plumbline.Checks.Site.Headers;

namespace Plumbline.Checks.Site;

/// <summary>An overall score and grade in the manner of the HTTP Observatory: start at 100, subtract the documented
/// penalties, add bonuses only when the site is already at 90 or more, grade A+ to F. The table is in docs/site.md.</summary>
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

    /// <summary>Scores the snapshot.</summary>
    public static SiteScore Of(SiteSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Page is not { } page)
        {
            return new SiteScore(0, "F", [new ScoreAdjustment("https-unavailable", -100, $"HTTPS did not complete: {snapshot.Https.Error}")]);
        }

        var penalties = new List<ScoreAdjustment>();
        var bonuses = new List<ScoreAdjustment>();
        Redirect(snapshot, penalties);
        Hsts(page, penalties, bonuses);
        Csp(snapshot.Csp, penalties, bonuses);
        if (!string.Equals(page.Header("x-content-type-options")?.Trim(), "nosniff", StringComparison.OrdinalIgnoreCase))
        {
            penalties.Add(new("x-content-type-options-missing", -5, "X-Content-Type-Options: nosniff is not sent"));
        }

        Framing(page, snapshot.Csp, penalties, bonuses);
        Referrer(page, penalties, bonuses);
        Cookies(snapshot.Cookies, penalties, bonuses);
        if (snapshot.Protocols.Any(p => p.IsLegacy && p.Result == TlsProbeResult.Accepted))
        {
            penalties.Add(new("legacy-tls-accepted", -10, "TLS 1.0 or 1.1 is accepted"));
        }

        if (new[] { "server", "x-powered-by", "x-aspnet-version" }.SelectMany(page.All).Any(v => v.Any(char.IsAsciiDigit)))
        {
            penalties.Add(new("version-disclosed", -5, "a response header names a software version"));
        }

        var score = 100 + penalties.Sum(p => p.Points);
        var counted = score >= BonusThreshold;
        var adjustments = penalties.Concat(bonuses.Select(b => b with { Counted = counted })).ToList();
        if (counted)
        {
            score += bonuses.Sum(b => b.Points);
        }

        score = Math.Max(0, score);
        return new SiteScore(score, GradeOf(score), adjustments);
    }

    private static void Redirect(SiteSnapshot snapshot, List<ScoreAdjustment> penalties)
    {
        if (snapshot.Http is not { Hops.Count: > 0 } http)
        {
            return;
        }

        var first = http.Hops[0].RedirectTarget;
        if (first is { Scheme: "https" } && string.Equals(first.IdnHost, http.Hops[0].Url.IdnHost, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        penalties.Add(http.Hops.Any(h => h.Url.Scheme == "https")
            ? new("redirect-indirect", -5, "HTTP reaches HTTPS only after redirecting elsewhere first")
            : new("redirect-missing", -20, "HTTP serves the site without redirecting to HTTPS"));
    }

    private static void Hsts(Net.HttpExchange page, List<ScoreAdjustment> penalties, List<ScoreAdjustment> bonuses)
    {
        if (page.Header("strict-transport-security") is not { } value)
        {
            penalties.Add(new("hsts-missing", -20, "Strict-Transport-Security is not sent"));
            return;
        }

        var hsts = StrictTransportSecurity.Parse(value);
        if (!hsts.IsLongEnough)
        {
            penalties.Add(new("hsts-short", -10, "HSTS max-age is missing, invalid or under six months"));
        }
        else if (hsts.IncludeSubDomains && hsts.Preload)
        {
            bonuses.Add(new("hsts-preload", 5, "HSTS for six months or more with includeSubDomains and preload"));
        }
    }

    private static void Csp(ContentSecurityPolicy? csp, List<ScoreAdjustment> penalties, List<ScoreAdjustment> bonuses)
    {
        if (csp is null)
        {
            penalties.Add(new("csp-missing", -25, "Content-Security-Policy is not sent"));
        }
        else if (csp.AllowsInlineScript)
        {
            penalties.Add(new("csp-unsafe-inline", -20, "the CSP lets inline scripts run"));
        }
        else if (csp.AllowsEval)
        {
            penalties.Add(new("csp-unsafe-eval", -10, "the CSP allows 'unsafe-eval'"));
        }
        else if (csp.HasRestrictiveDefault)
        {
            bonuses.Add(new("csp-strict", 5, "the CSP defaults to 'none' or 'self' and blocks inline scripts and eval"));
        }
    }

    private static void Framing(Net.HttpExchange page, ContentSecurityPolicy? csp, List<ScoreAdjustment> penalties, List<ScoreAdjustment> bonuses)
    {
        if (csp is { RestrictsFraming: true })
        {
            bonuses.Add(new("frame-ancestors", 5, "framing is restricted with CSP frame-ancestors"));
        }
        else if (page.Header("x-frame-options")?.Trim().ToUpperInvariant() is not ("DENY" or "SAMEORIGIN"))
        {
            penalties.Add(new("framing-unrestricted", -20, "neither X-Frame-Options nor CSP frame-ancestors restricts framing"));
        }
    }

    private static void Referrer(Net.HttpExchange page, List<ScoreAdjustment> penalties, List<ScoreAdjustment> bonuses)
    {
        var value = page.Header("referrer-policy")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (value is null)
        {
            return;
        }

        if (Checks.ReferrerPolicySet.Private.Contains(value))
        {
            bonuses.Add(new("referrer-private", 5, $"Referrer-Policy: {value}"));
        }
        else
        {
            penalties.Add(new("referrer-unsafe", -5, $"Referrer-Policy: {value} leaks full URLs"));
        }
    }

    private static void Cookies(IReadOnlyList<SetCookie> cookies, List<ScoreAdjustment> penalties, List<ScoreAdjustment> bonuses)
    {
        if (cookies.Count == 0)
        {
            return;
        }

        if (cookies.Any(c => !c.Secure))
        {
            penalties.Add(new("cookie-not-secure", -20, "a cookie is set without Secure"));
        }

        if (cookies.Any(c => !c.HttpOnly))
        {
            penalties.Add(new("cookie-not-httponly", -10, "a cookie is set without HttpOnly"));
        }

        if (cookies.Any(c => string.IsNullOrEmpty(c.SameSite)))
        {
            penalties.Add(new("cookie-no-samesite", -5, "a cookie is set without SameSite"));
        }

        if (cookies.All(c => c.Missing.Count == 0))
        {
            bonuses.Add(new("cookies-locked-down", 5, "every cookie is Secure, HttpOnly and SameSite"));
        }
    }
}
