using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plumbline.Web.Hosting;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Accounts;

public sealed class FirstRunAndSignInTests
{
    [Fact]
    public async Task Before_any_user_exists_every_page_leads_to_setup()
    {
        using var factory = new WorkspaceFactory();
        using var browser = new Browser(factory);

        var (status, _, response) = await browser.GetAsync("/engagements/1/register");

        status.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/setup");
    }

    [Fact]
    public async Task Setup_creates_the_administrator_once_and_then_is_gone()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);

        (await admin.GetAsync("/")).Status.ShouldBe(HttpStatusCode.OK);
        using var stranger = new Browser(factory);
        (await stranger.GetAsync("/setup")).Status.ShouldBe(HttpStatusCode.NotFound);
        await using var db = factory.OpenDb();
        db.Users.Count().ShouldBe(1);
        db.Users.Single().PasswordHash.ShouldNotBeNullOrEmpty();
        db.Users.Single().PasswordHash!.ShouldNotContain(Workspace.Password);
    }

    [Fact]
    public async Task Setup_with_a_short_password_explains_and_creates_nobody()
    {
        using var factory = new WorkspaceFactory();
        using var browser = new Browser(factory);

        var (status, body) = await browser.PostAsync(Workspace.SetupUrl(factory), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ada",
            ["Input.Email"] = "not-an-email",
            ["Password.Password"] = "short",
            ["Password.ConfirmPassword"] = "different",
        });

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Use a password of at least 12 characters.");
        body.ShouldContain("Enter a valid email address");
        body.ShouldContain("The two passwords differ.");
        await using var db = factory.OpenDb();
        db.Users.Count().ShouldBe(0);
    }

    [Fact]
    public async Task Setup_without_the_token_or_with_a_wrong_one_is_not_found_and_creates_nobody()
    {
        using var factory = new WorkspaceFactory();
        using var browser = new Browser(factory);
        var setup = Workspace.SetupUrl(factory);
        var token = setup[(setup.IndexOf('=') + 1)..];
        var wrong = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        var (bare, bareBody, _) = await browser.GetAsync("/setup");
        (await browser.GetAsync("/setup?token=" + wrong)).Status.ShouldBe(HttpStatusCode.NotFound);
        var form = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Mallory",
            ["Input.Email"] = "mallory@example.test",
            ["Password.Password"] = Workspace.Password,
            ["Password.ConfirmPassword"] = Workspace.Password,
        };
        var posted = await browser.PostFormAsync(setup, form, postUrl: "/setup?token=" + wrong);
        var postedBare = await browser.PostFormAsync(setup, form, postUrl: "/setup");

        bare.ShouldBe(HttpStatusCode.NotFound);
        bareBody.ShouldContain("setup link the server printed");
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        postedBare.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = factory.OpenDb();
        db.Users.Count().ShouldBe(0);
    }

    [Fact]
    public async Task The_setup_token_dies_when_the_administrator_is_created()
    {
        using var factory = new WorkspaceFactory();
        var setup = Workspace.SetupUrl(factory);
        (await Workspace.AdminAsync(factory)).Dispose();
        using var late = new Browser(factory);

        (await late.GetAsync(setup)).Status.ShouldBe(HttpStatusCode.NotFound);
        var again = await late.Client.PostAsync(setup, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "second@example.test" }));

        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        factory.Services.GetRequiredService<FirstRun>().SetupToken.ShouldBeNull();
        await using var db = factory.OpenDb();
        db.Users.Select(u => u.Email).ShouldBe([Workspace.AdminEmail]);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        using var factory = new WorkspaceFactory();
        (await Workspace.AdminAsync(factory)).Dispose();
        using var visitor = new Browser(factory);

        var (status, _, response) = await visitor.GetAsync("/engagements/1");

        status.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/signin");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var factory = new WorkspaceFactory();
        (await Workspace.AdminAsync(factory)).Dispose();
        using var browser = new Browser(factory);

        for (var i = 0; i < 5; i++)
        {
            var (wrongStatus, wrongBody) = await browser.PostAsync("/signin", new Dictionary<string, string> { ["Email"] = Workspace.AdminEmail, ["Password"] = "wrong password " + i });
            wrongStatus.ShouldBe(HttpStatusCode.OK);
        }

        var (status, body) = await browser.PostAsync("/signin", new Dictionary<string, string> { ["Email"] = Workspace.AdminEmail, ["Password"] = Workspace.Password });

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("locked");
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_rate_limit_get_429()
    {
        using var factory = new WorkspaceFactory(signInPermits: 3);
        (await Workspace.AdminAsync(factory)).Dispose();
        using var browser = new Browser(factory);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await browser.PostAsync("/signin", new Dictionary<string, string> { ["Email"] = "nobody@example.test", ["Password"] = "guess guess guess" })).Status);
        }

        statuses.ShouldContain(HttpStatusCode.TooManyRequests);
        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);

        var response = await admin.Client.PostAsync("/", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "Forged", ["Input.ClientName"] = "Forged" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = factory.OpenDb();
        db.Engagements.Count().ShouldBe(0);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers_and_no_server_header()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);

        var (_, _, response) = await admin.GetAsync("/");

        var h = response.Headers;
        h.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        h.GetValues("Content-Security-Policy").Single().ShouldNotContain("unsafe-inline");
        h.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        h.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        h.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        h.Contains("Server").ShouldBeFalse();
    }
}
