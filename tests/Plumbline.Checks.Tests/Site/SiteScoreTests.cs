using Plumbline.Checks.Net;
using Plumbline.Checks.Site;
using Plumbline.Checks.Site.Headers;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;

namespace Plumbline.Checks.Tests.Site;

/// <summary>The score table of docs/site.md, on snapshots built in code.</summary>
public sealed class SiteScoreTests
{
    private static readonly Uri Url = new("https://shop.example.test/");

    private static SiteSnapshot With(params (string Name, string Value)[] headers)
    {
        var page = new HttpExchange(Url, 200, [.. headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))], "<p>hi</p>", false);
        return new SiteSnapshot { Target = Url, CheckedAt = DateTimeOffset.UnixEpoch, Https = new FetchResult(Url, [page], null) };
    }

    [Theory]
    [InlineData(100, "A+")]
    [InlineData(135, "A+")]
    [InlineData(99, "A")]
    [InlineData(85, "A-")]
    [InlineData(84, "B+")]
    [InlineData(70, "B")]
    [InlineData(65, "B-")]
    [InlineData(60, "C+")]
    [InlineData(50, "C")]
    [InlineData(45, "C-")]
    [InlineData(40, "D+")]
    [InlineData(30, "D")]
    [InlineData(25, "D-")]
    [InlineData(24, "F")]
    [InlineData(0, "F")]
    public void Grades_follow_the_documented_table(int score, string grade) => SiteScore.GradeOf(score).ShouldBe(grade);

    [Fact]
    public void A_page_with_no_security_headers_loses_the_documented_points()
    {
        var score = SiteScore.Of(With());

        // HSTS 20 + CSP 25 + nosniff 5 + framing 20 = 70.
        score.Score.ShouldBe(30);
        score.Grade.ShouldBe("D");
        score.Adjustments.Select(a => a.Rule).ShouldBe(["hsts-missing", "csp-missing", "x-content-type-options-missing", "framing-unrestricted"], ignoreOrder: true);
    }

    [Fact]
    public void Bonuses_are_withheld_below_ninety()
    {
        var score = SiteScore.Of(With(
            ("strict-transport-security", "max-age=31536000; includeSubDomains; preload"),
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", "no-referrer")));

        // CSP missing (-25) and framing (-20): 55, and the two bonuses do not count.
        score.Score.ShouldBe(55);
        score.Adjustments.Where(a => a.Points > 0).ShouldAllBe(a => !a.Counted);
    }

    [Fact]
    public void Unsafe_inline_is_cancelled_by_a_nonce_but_unsafe_eval_still_costs()
    {
        var csp = ContentSecurityPolicy.Parse(["script-src 'self' 'unsafe-inline' 'unsafe-eval' 'nonce-abc'; object-src 'none'; frame-ancestors 'self'"]);

        var analysis = csp.Analyse(https: true);

        analysis.Result.ShouldBe(CspResult.UnsafeEval);
        csp.RestrictsFraming.ShouldBeTrue();
    }

    [Fact]
    public void Unsafe_inline_and_unsafe_eval_are_both_named()
    {
        var analysis = ContentSecurityPolicy.Parse(["default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'"]).Analyse(https: true);

        analysis.Result.ShouldBe(CspResult.UnsafeInline);
        analysis.Problems.ShouldContain(p => p.Contains("'unsafe-inline'"));
        analysis.Problems.ShouldContain(p => p.Contains("'unsafe-eval'"));
    }

    [Fact]
    public void Hsts_parsing_reads_max_age_and_flags()
    {
        var hsts = StrictTransportSecurity.Parse("max-age=\"31536000\"; includeSubDomains;preload");

        hsts.MaxAge.ShouldBe(31536000);
        hsts.IncludeSubDomains.ShouldBeTrue();
        hsts.Preload.ShouldBeTrue();
        hsts.IsLongEnough.ShouldBeTrue();
    }

    [Fact]
    public void Cookies_never_show_their_values()
    {
        var cookie = SetCookie.Parse("session=fixture-secret-value-123; Secure; HttpOnly; SameSite=Strict")!;

        cookie.ToString().ShouldNotContain("fixture-secret-value-123");
        cookie.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void No_site_check_breaks_on_an_unreachable_site()
    {
        var snapshot = new SiteSnapshot { Target = Url, CheckedAt = DateTimeOffset.UnixEpoch, Https = FetchResult.Failed(Url, [], "connection refused") };

        CheckRunner.RunAll(SiteChecks.All, snapshot).ShouldNotContain(f => f.Outcome == Outcome.Error);
        SiteScore.Of(snapshot).Grade.ShouldBe("F");
    }

}
