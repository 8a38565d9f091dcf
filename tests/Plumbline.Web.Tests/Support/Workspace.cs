using System.Net;
using System.Text.RegularExpressions;

namespace Plumbline.Web.Tests.Support;

/// <summary>Arranges a workspace through its own pages: the administrator, users, engagements, systems.</summary>
public static partial class Workspace
{
    public const string AdminEmail = "admin@example.test";
    public const string Password = "correct horse battery";

    public static async Task<Browser> AdminAsync(WorkspaceFactory factory)
    {
        var browser = new Browser(factory);
        var response = await browser.PostFormAsync("/setup", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ada Admin",
            ["Input.Email"] = AdminEmail,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    public static async Task CreateUserAsync(Browser admin, string email, string role)
    {
        var response = await admin.PostFormAsync("/accounts/users", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = email.Split('@')[0],
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
            ["Role"] = role,
        });
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

    [GeneratedRegex("/engagements/(\\d+)")]
    private static partial Regex EngagementUrl();
}
