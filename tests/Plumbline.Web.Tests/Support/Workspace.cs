using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Tests.Support;

/// <summary>Arranges a workspace through its own pages: the administrator, users, engagements, systems.</summary>
public static partial class Workspace
{
    public const string AdminEmail = "admin@example.test";
    public const string Password = "correct horse battery";

    /// <summary>The first-run address with the one-time token the server printed at start (read from the app, as an operator
    /// reads it from the console).</summary>
    public static string SetupUrl(WorkspaceFactory factory)
    {
        // Resolving a service starts the host, which creates the token.
        var firstRun = factory.Services.GetRequiredService<FirstRun>();
        return firstRun.SetupPath.ShouldNotBeNull("the workspace already has users: no setup token");
    }

    public static async Task<Browser> AdminAsync(WorkspaceFactory factory)
    {
        var browser = new Browser(factory);
        var response = await browser.PostFormAsync(SetupUrl(factory), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ada Admin",
            ["Input.Email"] = AdminEmail,
            ["Password.Password"] = Password,
            ["Password.ConfirmPassword"] = Password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    /// <summary>Invites a user and returns the link the page showed (path and query), unused.</summary>
    public static async Task<string> InviteAsync(Browser admin, string email, string role)
    {
        var (status, body) = await admin.PostAsync("/accounts/users", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = email.Split('@')[0],
            ["Input.Email"] = email,
            ["Role"] = role,
        });
        status.ShouldBe(HttpStatusCode.OK);
        return LinkOn(body);
    }

    /// <summary>The single-use set-password link shown on a users page (after an invitation or a reset).</summary>
    public static string LinkOn(string body)
    {
        var match = SetPasswordLink().Match(body);
        match.Success.ShouldBeTrue("no set-password link on the page");
        return match.Groups[1].Value;
    }

    /// <summary>Opens a set-password link in a fresh browser and chooses <paramref name="password"/>.</summary>
    public static async Task<(Browser Browser, HttpResponseMessage Response)> UseLinkAsync(WorkspaceFactory factory, string link, string password = Password)
    {
        var browser = new Browser(factory);
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];
        var response = await browser.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Token"] = token,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        }, postUrl: "/set-password");
        return (browser, response);
    }

    /// <summary>Creates a user the way an administrator does: an invitation whose link the invitee opens to choose
    /// <see cref="Password"/>.</summary>
    public static async Task CreateUserAsync(Browser admin, string email, string role)
    {
        var link = await InviteAsync(admin, email, role);
        var (invitee, response) = await UseLinkAsync(admin.Factory, link);
        using (invitee)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Adds an existing user to an engagement on its Members page, as <paramref name="browser"/> (a consultant member).</summary>
    public static async Task AddMemberAsync(Browser browser, int engagementId, string email, string role)
    {
        var response = await browser.PostFormAsync($"/engagements/{engagementId}/members", new Dictionary<string, string> { ["Email"] = email, ["Role"] = role });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    public static async Task<Browser> SignInAsync(WorkspaceFactory factory, string email)
    {
        var browser = new Browser(factory);
        var response = await browser.PostFormAsync("/signin", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    public static async Task<int> CreateEngagementAsync(Browser browser, string name)
    {
        var response = await browser.PostFormAsync("/", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.ClientName"] = name + " Ltd" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return int.Parse(EngagementUrl().Match(response.Headers.Location!.ToString()).Groups[1].Value);
    }

    public static async Task<int> AddSystemAsync(Browser browser, int engagementId, string name, IDictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "accounting",
            ["Input.PeopleWhoKnowIt"] = "2",
            ["Input.AdminAccounts"] = "0",
            ["Input.HasBackups"] = "true",
            ["Input.LastRestoreTest"] = "2026-02-01",
            ["Input.Lifecycle"] = "Active",
        };
        foreach (var (k, v) in fields ?? new Dictionary<string, string>())
        {
            form[k] = v;
        }

        var url = $"/engagements/{engagementId}/inventory/systems";
        var response = await browser.PostFormAsync(url, form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var inventory = await browser.GetAsync($"/engagements/{engagementId}/inventory");
        var match = Regex.Match(inventory.Body, $"/inventory/systems/(\\d+)\">{Regex.Escape(WebUtility.HtmlEncode(name))}<");
        match.Success.ShouldBeTrue();
        return int.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex("http://[^/\"<]+(/set-password\\?token=[A-Za-z0-9_-]+)")]
    private static partial Regex SetPasswordLink();

    [GeneratedRegex("/engagements/(\\d+)")]
    private static partial Regex EngagementUrl();
}
