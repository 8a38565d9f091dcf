using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Net;
using Plumbline.Checks.Site;
using Plumbline.Testing.Net;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Site;

/// <summary>
/// The cases of the HTTP Observatory's own test suite (mdn/mdn-http-observatory, test/*.test.js at 94042bb) that apply
/// to what plumb fetches, restated here as facts: the headers a page sends, and the points the Observatory gives the
/// test they exercise (from its published score table). Each page is served by one Kestrel HTTPS server on 127.0.0.1
/// and collected for real; plumb must reach the Observatory's score and grade for every case.
/// </summary>
public sealed class ObservatoryCasesTests : IDisposable
{
    private readonly TestCertificates _ca = new(SiteFixture.Now);

    /// <summary>A page that passes every test: HSTS a year (0), nosniff (0), CSP default-src 'none' (+10), framing
    /// restricted by frame-ancestors (+5), Referrer-Policy no-referrer (+5), no cookies (0), no plain HTTP (0).</summary>
    private static readonly Dictionary<string, string> Baseline = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Strict-Transport-Security"] = "max-age=31536000",
        ["X-Content-Type-Options"] = "nosniff",
        ["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'",
        ["Referrer-Policy"] = "no-referrer",
    };

    private static readonly Dictionary<string, int> BaselinePoints = new(StringComparer.Ordinal)
    {
        ["hsts"] = 0,
        ["xcto"] = 0,
        ["csp"] = 10,
        ["xfo"] = 5,
        ["referrer"] = 5,
        ["cookies"] = 0,
    };

    /// <summary>One case: headers replacing the baseline's (null removes one), Set-Cookie lines, and the Observatory's
    /// points for every test the case changes.</summary>
    public sealed record Case(string Name, Dictionary<string, string?> Headers, string[] Cookies, Dictionary<string, int> Points);

    private static Case C(string name, (string Header, string? Value)[] headers, params (string Test, int Points)[] points) =>
        new(name, headers.ToDictionary(h => h.Header, h => h.Value, StringComparer.OrdinalIgnoreCase), [], points.ToDictionary(p => p.Test, p => p.Points));

    private static Case Cookies(string name, string[] cookies, bool hsts, int points) =>
        new(name, hsts ? new(StringComparer.OrdinalIgnoreCase) { ["Strict-Transport-Security"] = "max-age=15768000" } : new(StringComparer.OrdinalIgnoreCase) { ["Strict-Transport-Security"] = null }, cookies,
            hsts ? new() { ["cookies"] = points } : new() { ["cookies"] = points, ["hsts"] = -20 });

    // Content-Security-Policy without frame-ancestors leaves framing to X-Frame-Options, so those cases send DENY (+5).
    private static Case Csp(string name, string policy, int points) =>
        C(name, [("Content-Security-Policy", policy), ("X-Frame-Options", "DENY")], ("csp", points));

    public static IReadOnlyList<Case> All { get; } =
    [
        // CSP: missing, report-only and unparseable (-25).
        C("csp missing", [("Content-Security-Policy", null), ("X-Frame-Options", "DENY")], ("csp", -25)),
        C("csp report-only", [("Content-Security-Policy", null), ("Content-Security-Policy-Report-Only", "default-src 'none'; report-to /_/csp-reports"), ("X-Frame-Options", "DENY")], ("csp", -25)),
        Csp("csp repeated directive", "default-src 'none'; default-src 'none'", -25),
        Csp("csp repeated directive apart", "default-src 'none'; img-src 'self'; default-src 'none'", -25),
        Csp("csp strict-dynamic without nonce", "default-src 'none'; script-src 'strict-dynamic'", -25),
        Csp("csp truncated", "defa", -25),

        // Unsafe: 'unsafe-inline', data:, any host for scripts, or plugins unrestricted (-20).
        Csp("script-src https://*", "default-src 'none'; script-src https://*", -20),
        Csp("script-src unsafe-inline", "default-src 'none'; script-src 'unsafe-inline'", -20),
        Csp("script-src unsafe-inline only", "script-src 'unsafe-inline'", -20),
        Csp("script-src data:", "script-src data:", -20),
        Csp("script-src http:", "script-src http:", -20),
        Csp("script-src ftp:", "script-src ftp:", -20),
        Csp("default-src unsafe-inline", "default-src 'unsafe-inline'", -20),
        Csp("default-src UNSAFE-INLINE", "default-src 'UNSAFE-INLINE'", -20),
        Csp("only upgrade-insecure-requests", "upgrade-insecure-requests", -20),
        Csp("script-src none, object-src unset", "script-src 'none'", -20),
        Csp("script-src https:", "script-src https:", -20),
        Csp("script-src host and https:", "script-src https://mozilla.org https:", -20),
        Csp("default-src host and https:", "default-src https://mozilla.org https:", -20),
        Csp("script-src *", "default-src 'none'; script-src *", -20),
        Csp("default and script *", "default-src *; script-src *; object-src 'none'", -20),
        Csp("object-src *", "default-src 'none'; script-src 'none'; object-src *", -20),
        Csp("unsafe-inline and unsafe-eval", "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'", -20),
        Csp("unsafe-inline and http:", "default-src 'none'; script-src 'unsafe-inline' http:", -20),
        Csp("object-src https:", "object-src https:; script-src 'none'", -20),
        Csp("self with https: (issue 18)", "default-src 'none'; script-src 'self' https:", -20),
        Csp("self with data: (issue 18)", "default-src 'none'; script-src 'self' data:", -20),
        Csp("self, object-src unrestricted (issue 18)", "script-src 'self'", -20),

        // Active content over plain HTTP on an HTTPS page (-20).
        Csp("default-src http host", "default-src http://mozilla.org", -20),
        Csp("script-src http host", "default-src 'none'; script-src http://mozilla.org", -20),
        Csp("script-src ftp host", "default-src 'none'; script-src ftp://mozilla.org", -20),

        // eval (-10), and images or media over plain HTTP (-10).
        Csp("unsafe-eval", "default-src 'none'; script-src 'unsafe-eval'", -10),
        Csp("img-src http host", "default-src 'none'; img-src http://mozilla.org", -10),
        Csp("img-src ftp:", "default-src 'self'; img-src ftp:", -10),
        Csp("img-src http:", "default-src 'self'; img-src http:", -10),
        Csp("media-src http host", "default-src 'none'; img-src https:; media-src http://mozilla.org", -10),
        Csp("img-src http: https:", "default-src 'none'; img-src http: https:; script-src 'self'; style-src 'self'", -10),
        Csp("media-src http:", "default-src 'none'; img-src 'none'; media-src http:; script-src 'self'; style-src 'self'", -10),
        Csp("media-src http: and unsafe style", "default-src 'none'; img-src 'none'; media-src http:; script-src 'self'; style-src 'unsafe-inline'", -10),

        // Only styles loosely restricted (0).
        Csp("style-src unsafe-inline", "object-src 'none'; script-src 'none'; style-src 'unsafe-inline'", 0),
        Csp("style-src unsafe-inline, script host", "default-src 'none'; script-src https://mozilla.org; style-src 'unsafe-inline'", 0),
        Csp("default unsafe-inline, script host", "default-src 'unsafe-inline'; script-src https://mozilla.org", 0),
        Csp("empty directives", "default-src 'none';;; ;;;style-src 'self' 'unsafe-inline'", 0),
        Csp("style-src data:", "default-src 'none'; style-src data:", 0),
        Csp("style-src *", "default-src 'none'; style-src *", 0),
        Csp("style-src https:", "default-src 'none'; style-src https:", 0),
        Csp("style unsafe, script hash", "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBB=' 'unsafe-inline'", 0),

        // No unsafe sources (+5).
        Csp("default-src host", "default-src https://mozilla.org", 5),
        Csp("default host, script none", "default-src https://mozilla.org;;; ;;;script-src 'none'", 5),
        Csp("hosts and upgrade", "object-src 'none'; script-src https://mozilla.org; style-src https://mozilla.org; upgrade-insecure-requests;", 5),
        Csp("strict-dynamic with nonce", "object-src 'none'; script-src 'strict-dynamic' 'nonce-abc' 'unsafe-inline'; style-src 'none'", 5),
        Csp("script hash", "object-src 'none'; style-src 'self';script-src 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBA='", 5),
        Csp("unsafe-inline cancelled by hashes", "object-src 'none'; style-src 'self'; script-src 'unsafe-inline' 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBA=''sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBB='", 5),
        Csp("unsafe-inline cancelled by nonce", "object-src 'none'; script-src 'unsafe-inline' 'nonce-abc123' 'unsafe-inline'; style-src 'none'", 5),
        Csp("style unsafe-inline cancelled by nonce", "default-src https://mozilla.org; style-src 'unsafe-inline' 'nonce-abc123' 'unsafe-inline'", 5),
        Csp("style unsafe-inline cancelled by hash", "default-src https://mozilla.org; style-src 'unsafe-inline' 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBB=' 'unsafe-inline'", 5),

        // default-src 'none' and nothing unsafe (+10).
        Csp("bare default-src", "default-src", 10),
        Csp("default none, strict-dynamic nonce", "default-src 'none'; script-src 'strict-dynamic' 'nonce-abc123' 'unsafe-inline'", 10),
        Csp("default none, hosts", "default-src 'none'; script-src https://mozilla.org; style-src https://mozilla.org; upgrade-insecure-requests;", 10),
        Csp("default none, object host", "default-src 'none'; object-src https://mozilla.org", 10),
        Csp("strict-dynamic sha256", "default-src 'none'; script-src 'strict-dynamic' 'sha256-abc123'", 10),
        Csp("strict-dynamic drops https://*", "default-src 'none'; script-src 'strict-dynamic' 'sha256-abc123' https://*", 10),
        Csp("strict-dynamic drops unsafe-inline", "default-src 'none'; script-src 'strict-dynamic' 'sha256-abc123' 'unsafe-inline'", 10),
        Csp("two identical policies", "default-src 'none'; script-src 'self', default-src 'none'; script-src 'self'", 10),

        // HSTS.
        C("hsts missing", [("Strict-Transport-Security", null)], ("hsts", -20)),
        C("hsts without max-age", [("Strict-Transport-Security", "includeSubDomains; preload")], ("hsts", -20)),
        C("hsts sent twice", [("Strict-Transport-Security", "max-age=15768000; includeSubDomains, max-age=15768000; includeSubDomains")], ("hsts", -20)),
        C("hsts one day", [("Strict-Transport-Security", "max-age=86400")], ("hsts", -10)),
        C("hsts six months with preload", [("Strict-Transport-Security", "max-age=15768000; includeSubDomains; preload")], ("hsts", 0)),
        C("hsts 180 days (issue 18)", [("Strict-Transport-Security", "max-age=15552000")], ("hsts", 0)),

        // Referrer-Policy.
        C("referrer no-referrer", [("Referrer-Policy", "no-referrer")], ("referrer", 5)),
        C("referrer same-origin", [("Referrer-Policy", "same-origin")], ("referrer", 5)),
        C("referrer strict-origin", [("Referrer-Policy", "strict-origin")], ("referrer", 5)),
        C("referrer STRICT-ORIGIN", [("Referrer-Policy", "STRICT-ORIGIN")], ("referrer", 5)),
        C("referrer strict-origin-when-cross-origin", [("Referrer-Policy", "strict-origin-when-cross-origin")], ("referrer", 5)),
        C("referrer missing", [("Referrer-Policy", null)], ("referrer", 0)),
        C("referrer whimsy", [("Referrer-Policy", "whimsy")], ("referrer", -5)),
        C("referrer origin (issue 18)", [("Referrer-Policy", "origin")], ("referrer", -5)),
        C("referrer origin-when-cross-origin", [("Referrer-Policy", "origin-when-cross-origin")], ("referrer", -5)),
        C("referrer unsafe-url", [("Referrer-Policy", "unsafe-url")], ("referrer", -5)),
        C("referrer unknown token last (issue 18)", [("Referrer-Policy", "no-referrer, x-future-policy")], ("referrer", 5)),
        C("referrer private token last", [("Referrer-Policy", "unsafe-url, no-referrer")], ("referrer", 5)),

        // X-Content-Type-Options.
        C("nosniff missing", [("X-Content-Type-Options", null)], ("xcto", -5)),
        C("nosniff invalid", [("X-Content-Type-Options", "whimsy")], ("xcto", -5)),
        C("nosniff upper case", [("X-Content-Type-Options", "NOSNIFF")], ("xcto", 0)),

        // X-Frame-Options (the CSP keeps its +10 but drops frame-ancestors).
        C("xfo deny", [("Content-Security-Policy", "default-src 'none'"), ("X-Frame-Options", "DENY")], ("xfo", 5)),
        C("xfo sameorigin", [("Content-Security-Policy", "default-src 'none'"), ("X-Frame-Options", "sameorigin")], ("xfo", 5)),
        C("xfo allow-from", [("Content-Security-Policy", "default-src 'none'"), ("X-Frame-Options", "ALLOW-FROM https://mozilla.org")], ("xfo", 0)),
        C("xfo invalid", [("Content-Security-Policy", "default-src 'none'"), ("X-Frame-Options", "whimsy")], ("xfo", -20)),
        C("xfo missing", [("Content-Security-Policy", "default-src 'none'")], ("xfo", -20)),
        C("xfo overridden by frame-ancestors", [("X-Frame-Options", "whimsy")], ("xfo", 5)),

        // Cookies: the worst one decides; "sess" or "login" in the name makes a session cookie.
        Cookies("cookies secure, httponly sessions", ["SESSIONID=bar; Path=/; Secure; HttpOnly", "foo=bar; Secure; Path=/", "heroku-session-affinity=bar; Path=/"], hsts: true, 0),
        Cookies("cookies all samesite", ["SESSIONID_SAMESITE_STRICT=bar; Path=/; Secure; HttpOnly; SameSite=Strict", "SESSIONID_SAMESITE_LAX=bar; Path=/; Secure; HttpOnly; SameSite=Lax", "SESSIONID_SAMESITE_NONE=bar; Path=/; Secure; HttpOnly; SameSite=None"], hsts: true, 5),
        Cookies("cookies not all samesite", ["SESSIONID_SAMESITE_STRICT=bar; Path=/; Secure; HttpOnly; SameSite=Strict", "SESSIONID_NO_SAMESITE=bar; Path=/; Secure; HttpOnly"], hsts: true, 0),
        Cookies("anti-csrf without samesite", ["CSRFTOKEN=bar; Path=/; Secure; HttpOnly"], hsts: true, -20),
        Cookies("samesite empty", ["SESSIONID=bar; Path=/; Secure; HttpOnly; SameSite="], hsts: true, -20),
        Cookies("samesite true", ["SESSIONID=bar; Path=/; Secure; HttpOnly; SameSite=True"], hsts: true, -20),
        Cookies("samesite invalid", ["SESSIONID=bar; Path=/; Secure; HttpOnly; SameSite=Invalid"], hsts: true, -20),
        Cookies("cookie without secure, hsts", ["foo=bar; Path=/"], hsts: true, -5),
        Cookies("session without secure, hsts", ["SESSIONID=bar; Path=/; HttpOnly"], hsts: true, -10),
        Cookies("cookie without secure", ["foo=bar; Path=/"], hsts: false, -20),
        Cookies("session without httponly", ["SESSIONID=bar; Path=/; Secure"], hsts: true, -30),
        Cookies("session without secure (issue 18)", ["SESSIONID=bar; Path=/; HttpOnly"], hsts: false, -40),
        Cookies("session without either", ["SESSIONID=bar; Path=/"], hsts: false, -40),
    ];

    [Fact]
    public async Task Every_ported_observatory_case_gets_the_observatorys_score_and_grade()
    {
        await using var site = await SiteFixture.Https(_ca.Leaf(["localhost"]), Serve);
        var collector = new SiteCollector(new SiteCollectorOptions
        {
            Network = NetworkOptions.Default with { ExtraTrustedRoots = [_ca.Authority], Retries = 0 },
            HttpPort = LoopbackPort.Free(),
            ProbeTlsVersions = false,
        });

        var wrong = new List<string>();
        for (var i = 0; i < All.Count; i++)
        {
            var snapshot = await collector.CollectAsync(site.Url("localhost", $"/case/{i}"), CancellationToken.None);
            var score = SiteScore.Of(snapshot);
            var (expected, grade) = ObservatoryScore(All[i]);
            if (score.Score != expected || score.Grade != grade)
            {
                wrong.Add($"{All[i].Name}: plumb {score.Score} {score.Grade}, Observatory {expected} {grade} ({string.Join("; ", score.Adjustments.Select(a => $"{a.Rule} {a.Points}"))})");
            }
        }

        wrong.ShouldBeEmpty(string.Join("\n", wrong));
    }

    // The Observatory's arithmetic: penalties always count, bonuses only when the penalties leave 90 or more.
    private static (int Score, string Grade) ObservatoryScore(Case c)
    {
        var points = BaselinePoints.Select(p => c.Points.TryGetValue(p.Key, out var v) ? v : p.Value).ToList();
        var uncurved = 100 + points.Where(p => p < 0).Sum();
        var score = Math.Max(0, uncurved >= 90 ? 100 + points.Sum() : uncurved);
        // Its grade chart: scores rounded down to a multiple of 5, capped at 100.
        var key = Math.Min(score - (score % 5), 100);
        var grade = key switch
        {
            100 => "A+",
            >= 90 => "A",
            85 => "A-",
            80 => "B+",
            >= 70 => "B",
            65 => "B-",
            60 => "C+",
            >= 50 => "C",
            45 => "C-",
            40 => "D+",
            >= 30 => "D",
            25 => "D-",
            _ => "F",
        };
        return (score, grade);
    }

    private static Task Serve(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/case", out var rest) || !int.TryParse(rest.Value?.Trim('/'), out var index))
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        }

        var c = All[index];
        var headers = new Dictionary<string, string?>(Baseline!, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in c.Headers)
        {
            headers[name] = value;
        }

        foreach (var (name, value) in headers.Where(h => h.Value is not null))
        {
            context.Response.Headers[name] = value;
        }

        foreach (var cookie in c.Cookies)
        {
            context.Response.Headers.Append("Set-Cookie", cookie);
        }

        context.Response.ContentType = "text/html";
        return context.Response.WriteAsync("<!doctype html><title>case</title><p>observatory case</p>");
    }

    public void Dispose() => _ca.Dispose();
}
