using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Plumbline.Testing.Reports;
using Plumbline.Testing.Web;

namespace Plumbline.Cli.Tests.Check;

public sealed class CheckSiteCommandTests : IDisposable
{
    private readonly TestCertificates _ca = new(TimeProvider.System.GetUtcNow());
    private readonly string _dir = Directory.CreateTempSubdirectory("plumb-site-").FullName;

    private Task<TestWebServer> StartSite() => TestWebServer.StartHttpsAsync(_ca.Leaf(["localhost"]), ctx =>
    {
        ctx.Response.Headers["Strict-Transport-Security"] = "max-age=31536000";
        ctx.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return ctx.Response.WriteAsync("hello");
    });

    [Fact]
    public async Task A_site_is_checked_with_an_extra_trusted_root_and_graded()
    {
        await using var site = await StartSite();
        var ca = _ca.WriteAuthorityPem(_dir);

        var (exit, output, error) = await CheckRun.Run("check", "site", site.Url().ToString(), "--ca-file", ca);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("localhost — site check");
        // 100 - CSP missing (25) - framing unrestricted (20) = 55: grade C.
        output.ShouldContain("Site score: 55 (C)");
        output.ShouldContain("Add a Content-Security-Policy");
        output.ShouldContain("TLS versions");
    }

    [Fact]
    public async Task The_json_report_carries_the_score_and_grade()
    {
        await using var site = await StartSite();
        var ca = _ca.WriteAuthorityPem(_dir);
        var outDir = Path.Combine(_dir, "out");

        var (exit, _, error) = await CheckRun.Run("check", "site", site.Url().ToString(), "--ca-file", ca, "--format", "json", "--out", outDir);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        var json = await File.ReadAllTextAsync(Directory.GetFiles(outDir, "*.json").ShouldHaveSingleItem());
        ReportSchema.Errors(json).ShouldBeEmpty();
        var metrics = JsonNode.Parse(json)!["metrics"]!["site"]!;
        metrics["score"]!.GetValue<int>().ShouldBe(55);
        metrics["grade"]!.GetValue<string>().ShouldBe("C");
        metrics["tls"]!["TLS 1.2"]!.GetValue<string>().ShouldBe("Accepted");
    }

    [Fact]
    public async Task Without_the_ca_file_the_test_certificate_is_untrusted_and_the_site_grades_f()
    {
        await using var site = await StartSite();

        var (exit, output, _) = await CheckRun.Run("check", "site", site.Url().ToString(), "--fail-on", "do-now");

        exit.ShouldBe(1);
        output.ShouldContain("Site score: 0 (F)");
        output.ShouldContain("does not chain to a trusted root");
    }

    [Theory]
    [InlineData("ftp://example.test/", "is not an http(s) URL")]
    [InlineData("https://user:fixture-pass-not-real@example.test/", "leave credentials out")]
    [InlineData("ftp://user:fixture-pass-not-real@example.test/", "is not an http(s) URL")]
    public async Task A_bad_url_is_one_line_and_exit_two(string url, string expected)
    {
        var (exit, output, error) = await CheckRun.Run("check", "site", url);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain(expected);
        error.ShouldNotContain("fixture-pass-not-real");
    }

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--deadline", "soon")]
    public async Task A_bad_time_limit_is_one_line_and_exit_two(string option, string value)
    {
        var (exit, _, error) = await CheckRun.Run("check", "site", "https://example.test/", option, value);

        exit.ShouldBe(2);
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain($"{option} '{value}'");
    }

    [Fact]
    public async Task An_http_url_with_a_port_is_checked_on_that_port()
    {
        await using var site = await TestWebServer.StartHttpAsync(ctx =>
        {
            ctx.Response.Headers["X-Content-Type-Options"] = "nosniff";
            return ctx.Response.WriteAsync("hello");
        });

        var (exit, output, error) = await CheckRun.Run("check", "site", $"http://127.0.0.1:{site.Port}/", "--timeout", "5");

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("hsts-no-https");
        output.ShouldContain("redirect-missing");
    }

    [Fact]
    public async Task A_missing_or_non_pem_ca_file_is_one_line_and_exit_two()
    {
        var notPem = Path.Combine(_dir, "not.pem");
        await File.WriteAllTextAsync(notPem, "hello");

        var (missingExit, _, missing) = await CheckRun.Run("check", "site", "https://example.test/", "--ca-file", Path.Combine(_dir, "nope.pem"));
        var (badExit, _, bad) = await CheckRun.Run("check", "site", "https://example.test/", "--ca-file", notPem);

        missingExit.ShouldBe(2);
        missing.ShouldContain("no such file");
        badExit.ShouldBe(2);
        bad.ShouldContain("no PEM certificate found");
    }

    public void Dispose()
    {
        _ca.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
