using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Net;
using Plumbline.Checks.Site;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Testing.Net;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Site;

/// <summary>The URL the operator gives is checked as given: an http URL with a port is fetched there, and an HTTPS page
/// that sends the browser to plain HTTP is a failure of its own.</summary>
public sealed class SiteSchemeTests : IDisposable
{
    private readonly TestCertificates _ca = new(SiteFixture.Now);

    private static Dictionary<string, Finding> Run(SiteSnapshot snapshot) =>
        CheckRunner.RunAll(SiteChecks.All, snapshot).GroupBy(f => f.CheckId).ToDictionary(g => g.Key, g => g.Last());

    private SiteCollector Collector(int httpPort, int httpsPort) => new(new SiteCollectorOptions
    {
        Network = NetworkOptions.Default with { ExtraTrustedRoots = [_ca.Authority], Retries = 0 },
        HttpPort = httpPort,
        HttpsPort = httpsPort,
        ProbeTlsVersions = false,
    });

    [Theory]
    [InlineData("http://127.0.0.1:18080/", "http://127.0.0.1:18080/")]
    [InlineData("example.com", "https://example.com/")]
    [InlineData("https://example.com/a?b=c", "https://example.com/a?b=c")]
    public void The_scheme_and_port_given_are_kept(string input, string expected) =>
        SiteTarget.Parse(input).Url!.ToString().ShouldBe(expected);

    [Theory]
    [InlineData("https://admin:fixture-pass-not-real@example.test/")]
    [InlineData("admin:fixture-pass-not-real@example.test")]
    [InlineData("ftp://admin:fixture-pass-not-real@example.test/")]
    public void A_password_in_the_url_is_never_repeated(string input)
    {
        var (url, error) = SiteTarget.Parse(input);

        url.ShouldBeNull();
        error.ShouldNotBeNull().ShouldNotContain("fixture-pass-not-real");
        error.ShouldContain("admin:***@example.test");
    }

    [Fact]
    public async Task An_http_url_with_a_port_is_fetched_on_that_port_and_its_headers_judged_as_http()
    {
        await using var http = await TestWebServer.StartHttpAsync(SiteFixture.Site(ctx =>
        {
            ctx.Response.Headers["X-Content-Type-Options"] = "nosniff";
            ctx.Response.Headers["Strict-Transport-Security"] = "max-age=31536000";
        }));
        var target = SiteTarget.Parse($"http://127.0.0.1:{http.Port}/").Url!;

        var snapshot = await Collector(httpPort: LoopbackPort.Free(), httpsPort: LoopbackPort.Free()).CollectAsync(target, CancellationToken.None);
        var findings = Run(snapshot);
        var score = SiteScore.Of(snapshot);

        snapshot.HttpOnly.ShouldBeTrue();
        snapshot.Page.ShouldNotBeNull().Url.Port.ShouldBe(http.Port);
        findings["ContentTypeOptionsSet"].Outcome.ShouldBe(Outcome.Pass);
        findings["HstsEnabled"].Outcome.ShouldBe(Outcome.Fail);
        findings["HstsEnabled"].Detail.ShouldContain("plain HTTP");
        findings["ContentSecurityPolicySet"].Outcome.ShouldBe(Outcome.Fail);
        findings["FramingRestricted"].Outcome.ShouldBe(Outcome.Fail);
        findings["HttpRedirectsToHttps"].Outcome.ShouldBe(Outcome.Fail);
        findings["HttpsReachable"].Outcome.ShouldBe(Outcome.Fail);
        // As the Observatory scores an HTTP-only site: no HTTPS for HSTS (-20), no redirect (-20), no CSP (-25),
        // no framing protection (-20); nosniff is sent.
        score.Adjustments.Select(a => a.Rule).ShouldBe(["redirect-missing", "hsts-no-https", "csp-missing", "framing-unrestricted"], ignoreOrder: true);
        score.Score.ShouldBe(15);
    }

    [Fact]
    public async Task An_https_page_that_redirects_to_plain_http_fails_and_is_judged_as_http()
    {
        await using var http = await TestWebServer.StartHttpAsync(SiteFixture.Site(SiteFixture.Hardened));
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"]), ctx =>
        {
            ctx.Response.StatusCode = 301;
            ctx.Response.Headers.Location = http.Url("localhost", "/plain").ToString();
            ctx.Response.Headers["Strict-Transport-Security"] = "max-age=31536000";
            return Task.CompletedTask;
        });

        var snapshot = await Collector(httpPort: LoopbackPort.Free(), httpsPort: 443).CollectAsync(https.Url(), CancellationToken.None);
        var findings = Run(snapshot);

        snapshot.HttpsDowngrades.ShouldBeTrue();
        findings["HttpsReachable"].Outcome.ShouldBe(Outcome.Fail);
        findings["HttpsReachable"].Detail.ShouldContain("redirects to plain HTTP");
        findings["HstsEnabled"].Outcome.ShouldBe(Outcome.Fail);
        SiteScore.Of(snapshot).Adjustments.ShouldContain(a => a.Rule == "hsts-no-https");
    }

    public void Dispose() => _ca.Dispose();
}
