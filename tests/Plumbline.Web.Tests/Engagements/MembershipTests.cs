using System.Net;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Engagements;

/// <summary>Someone who is not a member guesses ids: every page, form and download of the engagement is a 404.</summary>
public sealed class MembershipTests
{
    private const string Other = "other@example.test";
    private const string Client = "client@example.test";

    [Fact]
    public async Task A_consultant_cannot_reach_another_engagements_pages_or_data_by_id()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Secret client");
        var systemId = await Workspace.AddSystemAsync(admin, id, "Payroll", new Dictionary<string, string> { ["Input.PeopleWhoKnowIt"] = "1" });
        int itemId;
        await using (var db = factory.OpenDb())
        {
            itemId = db.Items.First(i => i.EngagementId == id).Id;
        }

        await Workspace.CreateUserAsync(admin, Other, "Consultant");
        using var other = await Workspace.SignInAsync(factory, Other);
        var ownId = await Workspace.CreateEngagementAsync(other, "Mine");

        foreach (var url in new[]
        {
            $"/engagements/{id}", $"/engagements/{id}/profile", $"/engagements/{id}/inventory", $"/engagements/{id}/inventory/systems/{systemId}",
            $"/engagements/{id}/portfolio", $"/engagements/{id}/register", $"/engagements/{id}/register/items/{itemId}", $"/engagements/{id}/matrix",
            $"/engagements/{id}/roadmap", $"/engagements/{id}/members", $"/engagements/{id}/export.json", $"/engagements/{id}/audits",
        })
        {
            (await other.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound, url);
        }

        // Another engagement's child ids under one's own engagement are not found either.
        (await other.GetAsync($"/engagements/{ownId}/inventory/systems/{systemId}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/engagements/{ownId}/register/items/{itemId}")).Status.ShouldBe(HttpStatusCode.NotFound);

        // Posting to the other engagement with a valid token from one's own page is refused too, and changes nothing.
        var post = await other.PostFormAsync($"/engagements/{ownId}/profile", new Dictionary<string, string>
        {
            ["Input.Name"] = "Hijacked",
            ["Input.ClientName"] = "Hijacked",
            ["Input.CapacityHoursPerWeek"] = "8",
            ["Input.PlanStart"] = "2026-03-02",
        }, postUrl: $"/engagements/{id}/profile");
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var deleteItem = await other.PostFormAsync($"/engagements/{ownId}/profile", new Dictionary<string, string>(), postUrl: $"/engagements/{id}/register/items/{itemId}?handler=Delete");
        deleteItem.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var moveItem = await other.PostFormAsync($"/engagements/{ownId}/profile", new Dictionary<string, string> { ["Input.Title"] = "x", ["Input.Impact"] = "1", ["Input.Effort"] = "5" }, postUrl: $"/engagements/{ownId}/register/items/{itemId}");
        moveItem.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var check = factory.OpenDb();
        check.Engagements.Single(e => e.Id == id).Name.ShouldBe("Secret client");
        check.Items.Any(i => i.Id == itemId).ShouldBeTrue();
        check.Items.Single(i => i.Id == itemId).Effort.ShouldNotBe(5);

        var list = await other.GetAsync("/");
        list.Body.ShouldNotContain("Secret client");
    }

    [Fact]
    public async Task A_client_member_reads_the_engagement_but_cannot_change_it()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shared");
        await Workspace.CreateUserAsync(admin, Client, "Client");
        await Workspace.AddMemberAsync(admin, id, Client, "Client");
        using var client = await Workspace.SignInAsync(factory, Client);

        (await client.GetAsync($"/engagements/{id}/register")).Status.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/engagements/{id}/export.json")).Status.ShouldBe(HttpStatusCode.OK);
        var post = await client.PostFormAsync($"/engagements/{id}/profile", new Dictionary<string, string>
        {
            ["Input.Name"] = "Changed by client",
            ["Input.ClientName"] = "x",
            ["Input.CapacityHoursPerWeek"] = "8",
            ["Input.PlanStart"] = "2026-03-02",
        });
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A client cannot start engagements either.
        var create = await client.PostFormAsync("/", new Dictionary<string, string> { ["Input.Name"] = "n", ["Input.ClientName"] = "c" });
        create.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        await using var db = factory.OpenDb();
        db.Engagements.Select(e => e.Name).ShouldBe(["Shared"]);
    }
}
