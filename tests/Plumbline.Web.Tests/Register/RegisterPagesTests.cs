using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Items;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Register;

public sealed class RegisterPagesTests
{
    private static Dictionary<string, string> Item(string title, int impact, int effort)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Impact"] = impact.ToString(),
            ["Input.Effort"] = effort.ToString(),
            ["Input.Phase"] = "RiskReduction",
            ["Input.Status"] = "Open",
        };
        return form;
    }

    private static async Task<int> AddItemAsync(Browser browser, int engagementId, Dictionary<string, string> form)
    {
        var url = $"/engagements/{engagementId}/register/items";
        var response = await browser.PostFormAsync(url, form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return ItemIdIn(response.Headers.Location!);
    }

    /// <summary>The item id in a redirect to an item page (which may carry <c>?saved=true</c>).</summary>
    private static int ItemIdIn(Uri location) => int.Parse(location.OriginalString.Split('?')[0].Split('/')[^1]);

    [Fact]
    public async Task Editing_impact_and_effort_moves_the_item_to_another_quadrant()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        var item = await AddItemAsync(admin, id, Item("Write the runbook", 2, 1));

        (await admin.PageAsync($"/engagements/{id}/register")).QuerySelector(".register .q")!.TextContent.ShouldBe("Quick wins");
        var edit = Item("Write the runbook", 5, 4);
        edit["Input.Owner"] = "Sam";
        var saved = await admin.PostFormAsync($"/engagements/{id}/register/items/{item}", edit);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldBe($"/engagements/{id}/register/items/{item}?saved=true");
        (await admin.PageAsync(saved.Headers.Location.ToString())).QuerySelector("[role=status]")!.TextContent.ShouldBe("Saved.");

        var page = await admin.PageAsync($"/engagements/{id}/register");
        page.QuerySelector(".register .q")!.TextContent.ShouldBe("Plan & invest");
        page.QuerySelector(".register")!.TextContent.ShouldContain("Sam");
    }

    [Fact]
    public async Task A_dependency_cycle_is_explained_and_nothing_is_saved()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        var a = await AddItemAsync(admin, id, Item("Pick a backup tool", 4, 2));
        var bUrl = $"/engagements/{id}/register/items";
        var bFields = Item("Back up the books", 5, 2).ToList();
        bFields.Add(new("Input.DependsOn", a.ToString()));
        var bResponse = await admin.Client.PostAsync(bUrl, await WithTokenAsync(admin, bUrl, bFields));
        bResponse.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var b = ItemIdIn(bResponse.Headers.Location!);

        var aUrl = $"/engagements/{id}/register/items/{a}";
        var aFields = Item("Pick a backup tool, renamed", 4, 2).ToList();
        aFields.Add(new("Input.DependsOn", b.ToString()));
        var response = await admin.Client.PostAsync(aUrl, await WithTokenAsync(admin, aUrl, aFields));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("dependency cycle");
        await using var db = factory.OpenDb();
        var stored = await db.Items.Include(i => i.DependsOn).SingleAsync(i => i.Id == a);
        stored.Title.ShouldBe("Pick a backup tool");
        stored.DependsOn.ShouldBeEmpty();
    }

    [Fact]
    public async Task Out_of_range_ratings_and_a_missing_title_are_explained()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        var url = $"/engagements/{id}/register/items";

        var (status, body) = await admin.PostAsync(url, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Impact"] = "9", ["Input.Effort"] = "0", ["Input.Phase"] = "Nonsense", ["Input.Status"] = "Open" });

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Say what to do");
        body.ShouldContain("Impact is 1 (minimal) to 5 (critical).");
        body.ShouldContain("Effort is 1 (trivial) to 5 (major).");
        await using var db = factory.OpenDb();
        (await db.Items.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_roadmap_schedules_dependencies_first()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        var first = await AddItemAsync(admin, id, Item("Choose the tool", 3, 2));
        var url = $"/engagements/{id}/register/items";
        var fields = Item("Roll out the tool", 5, 1).ToList();
        fields.Add(new("Input.DependsOn", first.ToString()));
        (await admin.Client.PostAsync(url, await WithTokenAsync(admin, url, fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var roadmap = await admin.PageAsync($"/engagements/{id}/roadmap");
        var rows = roadmap.QuerySelectorAll("tbody tr").Select(r => r.Children[1].TextContent).ToList();
        rows.ShouldBe(["Choose the tool", "Roll out the tool"]);
        await using var db = factory.OpenDb();
        (await db.Items.CountAsync(i => i.Status == ItemStatus.Open)).ShouldBe(2);
    }

    private static async Task<FormUrlEncodedContent> WithTokenAsync(Browser browser, string pageUrl, List<KeyValuePair<string, string>> fields)
    {
        var doc = await browser.PageAsync(pageUrl);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields.Add(new("__RequestVerificationToken", token));
        return new FormUrlEncodedContent(fields);
    }
}
