using System.Net;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Engagements;

/// <summary>The Overview's "what to do this month": the top three open Do-now items, with owner and planned week (issue 24).</summary>
public sealed class ThisMonthTests
{
    private static async Task AddItemAsync(Browser browser, int engagementId, string title, int impact, int effort, string? owner = null, string status = "Open")
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Impact"] = impact.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Effort"] = effort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Phase"] = "RiskReduction",
            ["Input.Status"] = status,
            ["Input.EstimateHours"] = "8",
        };
        if (owner is not null)
        {
            form["Input.Owner"] = owner;
        }

        var response = await browser.PostFormAsync($"/engagements/{engagementId}/register/items", form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<string>> ThisMonthAsync(Browser browser, int engagementId) =>
        [.. (await browser.PageAsync($"/engagements/{engagementId}")).QuerySelectorAll("section[aria-labelledby=this-month] ol li")
            .Select(li => System.Text.RegularExpressions.Regex.Replace(li.TextContent, @"\s+", " ").Trim())];

    [Fact]
    public async Task The_top_three_open_do_now_items_show_with_owner_and_week_and_nothing_else_does()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        await AddItemAsync(admin, id, "Turn on MFA for the bank", 5, 1, owner: "Maria");
        await AddItemAsync(admin, id, "Back up the till", 5, 2, owner: "Tom");
        await AddItemAsync(admin, id, "Rotate the leaked key", 4, 1);
        await AddItemAsync(admin, id, "Test a restore", 4, 2, owner: "Tom");
        await AddItemAsync(admin, id, "Already done", 5, 1, status: "Done");
        await AddItemAsync(admin, id, "Rebuild the shop", 5, 5, owner: "Maria");

        // Priority order (impact, then effort); the weeks are the roadmap's: 8 hours a week, one 8-hour item each.
        (await ThisMonthAsync(admin, id)).ShouldBe([
            "Turn on MFA for the bank — Maria, week 1 (from Mon 2 Mar 2026)",
            "Back up the till — Tom, week 2 (from Mon 9 Mar 2026)",
            "Rotate the leaked key — no owner yet, week 3 (from Mon 16 Mar 2026)",
        ]);
    }

    [Fact]
    public async Task With_no_open_do_now_item_the_overview_says_so()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        await AddItemAsync(admin, id, "Rebuild the shop", 5, 5);

        (await ThisMonthAsync(admin, id)).ShouldBeEmpty();
        (await admin.PageAsync($"/engagements/{id}")).QuerySelector("section[aria-labelledby=this-month] p")!.TextContent.ShouldStartWith("No open Do-now items");
    }
}
