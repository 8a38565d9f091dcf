using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Net;
using Plumbline.Checks.Runs;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Runs;

/// <summary>The one site-check run, against a real HTTPS server on 127.0.0.1: what the CLI and the web both get.</summary>
public sealed class SiteCheckTests : IDisposable
{
    private readonly TestCertificates _ca = new(TimeProvider.System.GetUtcNow());

    // No HSTS and no CSP: both checks fail, so both recommendations become items.
    private Task<TestWebServer> StartSite() => TestWebServer.StartHttpsAsync(_ca.Leaf(["localhost"]), ctx =>
    {
        ctx.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return ctx.Response.WriteAsync("hello");
    });

    private CheckRunSettings Settings(RecordedProgress? progress = null) =>
        new(RecommendationCatalog.BuiltIn, TimeProvider.System, new DateOnly(2026, 3, 2))
        {
            Network = NetworkOptions.Default with { ExtraTrustedRoots = [_ca.Authority], Retries = 0 },
            Progress = progress,
        };

    private static async Task<Report> RunAsync(TestWebServer site, CheckRunSettings settings)
    {
        var result = await SiteCheck.RunAsync(site.Url(), settings, CancellationToken.None);
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }

    [Fact]
    public async Task Without_settings_of_its_own_every_check_runs_with_the_catalog_ratings()
    {
        await using var site = await StartSite();

        var report = await RunAsync(site, Settings());

        report.Kind.ShouldBe("check-site");
        report.Findings.ShouldContain(f => f.CheckId == "ContentSecurityPolicySet" && f.Outcome == Outcome.Fail);
        var hsts = report.Items.Where(i => i.RecommendationId == "enable-hsts").ShouldHaveSingleItem();
        hsts.Impact.ShouldBe(Impact.Moderate);
        hsts.Effort.ShouldBe(Effort.Trivial);
        report.Metrics["site"]!["grade"].ShouldNotBeNull();
        report.Tables.Select(t => t.Id).ShouldContain("site-score");
    }

    [Fact]
    public async Task Disabled_checks_are_not_run_and_ratings_override_the_catalog()
    {
        await using var site = await StartSite();
        var settings = Settings() with
        {
            DisabledChecks = new HashSet<string>(["ContentSecurityPolicySet"], StringComparer.Ordinal),
            Ratings = new Dictionary<string, Rating>(StringComparer.Ordinal) { ["enable-hsts"] = new(Impact.Minimal, Effort.Major) },
        };

        var report = await RunAsync(site, settings);

        report.Findings.ShouldNotContain(f => f.CheckId == "ContentSecurityPolicySet");
        report.Items.ShouldNotContain(i => i.RecommendationId == "add-content-security-policy");
        var hsts = report.Items.Where(i => i.RecommendationId == "enable-hsts").ShouldHaveSingleItem();
        hsts.Impact.ShouldBe(Impact.Minimal);
        hsts.Effort.ShouldBe(Effort.Major);
        hsts.Quadrant.ShouldBe(Quadrant.SkipForNow);
    }

    [Fact]
    public async Task Each_step_is_reported_to_the_progress_listener()
    {
        await using var site = await StartSite();
        var progress = new RecordedProgress();

        await RunAsync(site, Settings(progress));

        progress.Lines.ShouldBe([$"Fetching {site.Url()} and probing TLS", "Running the site checks"]);
    }

    [Fact]
    public async Task The_whole_check_stops_at_its_deadline_with_one_error_naming_the_option()
    {
        await using var site = await TestWebServer.StartHttpsAsync(_ca.Leaf(["localhost"]), Net.HttpFetcherDeadlineTests.Trickle);
        var settings = Settings() with
        {
            Network = NetworkOptions.Default with { ExtraTrustedRoots = [_ca.Authority], Retries = 0, Timeout = TimeSpan.FromSeconds(30), Deadline = TimeSpan.FromSeconds(1) },
        };
        // A safety net only, so a regression fails instead of hanging the run.
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(25));

        var result = await SiteCheck.RunAsync(site.Url(), settings, safety.Token);

        result.Success.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Source.ShouldBe(site.Url().ToString());
        error.Message.ShouldContain("--deadline");
    }

    public void Dispose() => _ca.Dispose();
}
