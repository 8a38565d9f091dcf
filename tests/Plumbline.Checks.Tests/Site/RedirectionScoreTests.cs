using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Net;
using Plumbline.Checks.Site;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Site;

/// <summary>The Observatory's redirection test (test/redirection.test.js) on real plain-HTTP servers in front of a
/// hardened HTTPS site: the route from http:// must reach HTTPS, first on the same host.</summary>
public sealed class RedirectionScoreTests : IDisposable
{
    private readonly TestCertificates _ca = new(SiteFixture.Now);

    private static RequestDelegate RedirectTo(Func<Uri> target) => context =>
    {
        context.Response.StatusCode = 301;
        context.Response.Headers.Location = target().ToString();
        return Task.CompletedTask;
    };

    private static RequestDelegate Page => context => context.Response.WriteAsync("plain page");

    [Theory]
    // Straight to HTTPS on the same host: 0, so the hardened site keeps its 120.
    [InlineData("to-https", null, 120)]
    // First to another HTTP URL, then HTTPS: -10; 90 before bonuses, so the +20 still counts.
    [InlineData("http-first", "redirect-not-to-https-first", 110)]
    // To HTTPS on another host (127.0.0.1 instead of localhost): -5.
    [InlineData("off-host", "redirect-off-host", 115)]
    // Redirects, but only to plain HTTP: -20, and bonuses no longer count.
    [InlineData("never-https", "redirect-not-to-https", 80)]
    // No redirect at all: -20.
    [InlineData("missing", "redirect-missing", 80)]
    public async Task The_route_from_plain_http_scores_as_the_observatory_does(string variant, string? rule, int expected)
    {
        await using var https = await SiteFixture.Https(_ca.Leaf(["localhost", "127.0.0.1"]), SiteFixture.Site(SiteFixture.Hardened));
        await using var second = await TestWebServer.StartHttpAsync(variant == "http-first" ? RedirectTo(() => https.Url()) : Page);
        await using var first = await TestWebServer.StartHttpAsync(variant switch
        {
            "to-https" => RedirectTo(() => https.Url()),
            "http-first" or "never-https" => RedirectTo(() => second.Url()),
            "off-host" => RedirectTo(() => https.Url("127.0.0.1")),
            _ => Page,
        });

        var score = SiteScore.Of(await SiteFixture.Collect(https, _ca, first.Port));

        score.Score.ShouldBe(expected, string.Join("; ", score.Adjustments.Select(a => $"{a.Rule} {a.Points}")));
        score.Adjustments.Where(a => a.Rule.StartsWith("redirect", StringComparison.Ordinal)).Select(a => a.Rule).ShouldBe(rule is null ? [] : [rule]);
    }

    public void Dispose() => _ca.Dispose();
}
