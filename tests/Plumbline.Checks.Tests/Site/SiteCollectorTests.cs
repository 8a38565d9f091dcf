using System.Security.Authentication;
using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Net;
using Plumbline.Checks.Site;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Site;

public sealed class SiteCollectorTests : IDisposable
{
    private readonly TestCertificates _ca = new(SiteFixture.Now);

    private static Dictionary<string, List<Finding>> Run(SiteSnapshot snapshot) =>
        CheckRunner.RunAll(SiteChecks.All, snapshot).GroupBy(f => f.CheckId).ToDictionary(g => g.Key, g => g.ToList());

    private static Outcome OutcomeOf(Dictionary<string, List<Finding>> findings, string id) => findings[id].ShouldHaveSingleItem().Outcome;

    [Fact]
    public async Task A_hardened_site_passes_and_grades_a_plus()
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"]), SiteFixture.Site(SiteFixture.Hardened));
        await using var http = await SiteFixture.RedirectingHttp(https);

        var snapshot = await SiteFixture.Collect(https, _ca, http.Port);
        var findings = Run(snapshot);
        var score = SiteScore.Of(snapshot);

        var bad = findings.Values.SelectMany(f => f).Where(f => f.Outcome is Outcome.Fail or Outcome.Error).ToList();
        bad.ShouldBeEmpty(string.Join("\n", bad.Select(f => $"{f.CheckId}: {f.Detail}")));
        OutcomeOf(findings, "HttpRedirectsToHttps").ShouldBe(Outcome.Pass);
        OutcomeOf(findings, "CertificateChainTrusted").ShouldBe(Outcome.Pass);
        findings["CertificateChainTrusted"][0].Detail.ShouldContain("--ca-file");
        OutcomeOf(findings, "SecurityTxtPublished").ShouldBe(Outcome.Pass);
        score.Grade.ShouldBe("A+");
        // 100, plus four bonuses: a CSP with nothing unsafe, frame-ancestors, a private referrer policy, locked-down
        // cookies (HSTS preload earns nothing unless the domain is on the browsers' list, which is not read).
        score.Score.ShouldBe(120);
        snapshot.Protocols.Single(p => p.Protocol == "TLS 1.2").Result.ShouldBe(TlsProbeResult.Accepted);
    }

    [Fact]
    public async Task A_bare_site_fails_the_header_checks_and_grades_f()
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"]), SiteFixture.Site(
            ctx =>
            {
                ctx.Response.Headers.Server = "Apache/2.4.41 (Ubuntu)";
                ctx.Response.Headers.Append("Set-Cookie", "sid=fixture-session-value; Path=/");
            },
            securityTxt: false));
        await using var http = await TestWebServer.StartHttpAsync(SiteFixture.Site(_ => { }));

        var snapshot = await SiteFixture.Collect(https, _ca, http.Port);
        var findings = Run(snapshot);
        var score = SiteScore.Of(snapshot);

        foreach (var id in new[] { "HttpRedirectsToHttps", "HstsEnabled", "ContentSecurityPolicySet", "ContentTypeOptionsSet", "FramingRestricted", "ReferrerPolicySet", "CookiesSecured", "ServerVersionHidden", "SecurityTxtPublished" })
        {
            OutcomeOf(findings, id).ShouldBe(Outcome.Fail, id);
        }

        findings["ServerVersionHidden"][0].Evidence.ShouldContain("server: Apache/2.4.41 (Ubuntu)");
        findings["CookiesSecured"][0].Evidence.ShouldHaveSingleItem().ShouldNotContain("fixture-session-value");
        findings["CookiesSecured"][0].Severity.ShouldBe(Severity.High);
        score.Score.ShouldBe(0);
        score.Grade.ShouldBe("F");
        score.Adjustments.Select(a => a.Rule).ShouldContain("redirect-missing");
    }

    [Fact]
    public async Task An_expired_certificate_fails_expiry_and_stops_https()
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"], TimeSpan.FromDays(-100), TimeSpan.FromDays(-2)), SiteFixture.Site(SiteFixture.Hardened));

        var findings = Run(await SiteFixture.Collect(https, _ca));

        OutcomeOf(findings, "CertificateNotExpiring").ShouldBe(Outcome.Fail);
        findings["CertificateNotExpiring"][0].Severity.ShouldBe(Severity.Critical);
        findings["CertificateNotExpiring"][0].Detail.ShouldContain("expired");
        OutcomeOf(findings, "HttpsReachable").ShouldBe(Outcome.Fail);
        OutcomeOf(findings, "CertificateChainTrusted").ShouldBe(Outcome.Pass);
        OutcomeOf(findings, "HstsEnabled").ShouldBe(Outcome.Inconclusive);
    }

    [Theory]
    [InlineData(3, Severity.High)]
    [InlineData(20, Severity.Low)]
    public async Task A_certificate_close_to_expiry_warns_under_30_days_and_fails_under_7(int daysLeft, Severity expected)
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"], notAfter: TimeSpan.FromDays(daysLeft) + TimeSpan.FromHours(12)), SiteFixture.Site(SiteFixture.Hardened));

        var findings = Run(await SiteFixture.Collect(https, _ca));

        var finding = findings["CertificateNotExpiring"].ShouldHaveSingleItem();
        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.Severity.ShouldBe(expected);
        finding.Evidence.ShouldContain($"days left: {daysLeft}");
    }

    [Fact]
    public async Task A_certificate_for_another_name_fails_the_name_check()
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["www.other.example"]), SiteFixture.Site(SiteFixture.Hardened));

        var findings = Run(await SiteFixture.Collect(https, _ca));

        OutcomeOf(findings, "CertificateMatchesName").ShouldBe(Outcome.Fail);
        findings["CertificateMatchesName"][0].Detail.ShouldContain("www.other.example");
        OutcomeOf(findings, "HttpsReachable").ShouldBe(Outcome.Fail);
    }

    [Fact]
    public async Task A_self_signed_certificate_is_not_trusted_even_with_a_test_ca_supplied()
    {
        await using var https = await SiteFixture.Https(_ca.SelfSigned(["localhost"]), SiteFixture.Site(SiteFixture.Hardened));

        var findings = Run(await SiteFixture.Collect(https, _ca));

        OutcomeOf(findings, "CertificateChainTrusted").ShouldBe(Outcome.Fail);
        findings["CertificateChainTrusted"][0].Detail.ShouldContain("self-signed");
        OutcomeOf(findings, "CertificateMatchesName").ShouldBe(Outcome.Pass);
        OutcomeOf(findings, "HttpsReachable").ShouldBe(Outcome.Fail);
        SiteScore.Of(await SiteFixture.Collect(https, _ca)).Grade.ShouldBe("F");
    }

    [Fact]
    public async Task Without_the_test_ca_the_same_certificate_is_untrusted()
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"]), SiteFixture.Site(SiteFixture.Hardened));
        using var otherCa = new TestCertificates(SiteFixture.Now, "Some Other CA");

        var findings = Run(await SiteFixture.Collect(https, otherCa));

        OutcomeOf(findings, "CertificateChainTrusted").ShouldBe(Outcome.Fail);
    }

    [Fact]
    public async Task Legacy_tls_is_reported_accepted_or_honestly_inconclusive()
    {
#pragma warning disable SYSLIB0039, CA5397 // the server must offer TLS 1.0 for the probe to find it
        await using var legacy = await SiteFixture.Https(_ca.Leaf(["localhost"]), SiteFixture.Site(SiteFixture.Hardened), SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12);
        var canOffer = await LocalTlsSupport.SupportsAsync(SslProtocols.Tls);
#pragma warning restore SYSLIB0039, CA5397

        var findings = Run(await SiteFixture.Collect(legacy, _ca));

        var finding = findings["LegacyTlsRefused"].ShouldHaveSingleItem();
        if (canOffer)
        {
            finding.Outcome.ShouldBe(Outcome.Fail);
            finding.Detail.ShouldContain("TLS 1.0");
        }
        else
        {
            finding.Outcome.ShouldBe(Outcome.Inconclusive);
            finding.Detail.ShouldContain("cannot be tested from here");
        }
    }

    [Fact]
    public async Task A_modern_only_server_refuses_legacy_tls_or_the_probe_says_it_cannot_tell()
    {
        await using var modern = await SiteFixture.Https(_ca.Leaf(["localhost"]), SiteFixture.Site(SiteFixture.Hardened), SslProtocols.Tls13);
#pragma warning disable SYSLIB0039, CA5397
        var canOffer = await LocalTlsSupport.SupportsAsync(SslProtocols.Tls) && await LocalTlsSupport.SupportsAsync(SslProtocols.Tls11);
#pragma warning restore SYSLIB0039, CA5397

        var snapshot = await SiteFixture.Collect(modern, _ca);

        snapshot.Protocols.Single(p => p.Protocol == "TLS 1.2").Result.ShouldBe(TlsProbeResult.Refused);
        snapshot.Protocols.Single(p => p.Protocol == "TLS 1.3").Result.ShouldBe(TlsProbeResult.Accepted);
        Run(snapshot)["LegacyTlsRefused"].Single().Outcome.ShouldBe(canOffer ? Outcome.Pass : Outcome.Inconclusive);
    }

    [Fact]
    public async Task Redirect_chains_stop_after_five_hops()
    {
        var hops = 0;
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"]), ctx =>
        {
            Interlocked.Increment(ref hops);
            ctx.Response.Redirect($"/loop{hops}");
            return Task.CompletedTask;
        });
        using var fetcher = new HttpFetcher(NetworkOptions.Default with { ExtraTrustedRoots = [_ca.Authority], Retries = 0 });

        var result = await fetcher.GetAsync(https.Url(), CancellationToken.None);

        result.Completed.ShouldBeFalse();
        result.Error.ShouldBe("more than 5 redirects");
        result.Hops.Count.ShouldBe(6);
    }

    [Fact]
    public async Task Response_bodies_are_capped()
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"]), ctx => ctx.Response.WriteAsync(new string('x', 100_000)));
        using var fetcher = new HttpFetcher(NetworkOptions.Default with { ExtraTrustedRoots = [_ca.Authority], MaxResponseBytes = 1000 });

        var result = await fetcher.GetAsync(https.Url(), CancellationToken.None);

        result.Final!.Body.Length.ShouldBe(1000);
        result.Final.Truncated.ShouldBeTrue();
    }

    [Fact]
    public async Task A_public_only_guard_refuses_a_loopback_site_and_the_checks_say_so()
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"]), SiteFixture.Site(SiteFixture.Hardened));

        var snapshot = await SiteFixture.Collect(https, _ca, guard: TargetGuard.PublicOnly);
        var findings = Run(snapshot);

        snapshot.Https.Refused.ShouldBeTrue();
        OutcomeOf(findings, "HttpsReachable").ShouldBe(Outcome.Inconclusive);
        findings["HttpsReachable"][0].Detail.ShouldContain("loopback");
        snapshot.Certificate.ShouldBeNull();
    }

    [Fact]
    public async Task Nothing_listening_on_https_fails_reachability_with_the_reason()
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost"]), SiteFixture.Site(SiteFixture.Hardened));
        var url = https.Url();
        await https.DisposeAsync();

        var snapshot = await new SiteCollector(new SiteCollectorOptions { Network = NetworkOptions.Default with { Retries = 0 }, HttpPort = url.Port })
            .CollectAsync(url, CancellationToken.None);

        var finding = Run(snapshot)["HttpsReachable"].ShouldHaveSingleItem();
        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.Detail.ShouldContain("connection refused");
        SiteScore.Of(snapshot).Grade.ShouldBe("F");
    }

    public void Dispose() => _ca.Dispose();
}
