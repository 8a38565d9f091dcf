using System.Net;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Engagements;

/// <summary>Consultants take people off an engagement; the engagement disappears for them on their next request.</summary>
public sealed class MemberRemovalTests
{
    private const string Client = "client@example.test";

    [Fact]
    public async Task After_removal_the_engagement_is_a_404_for_the_removed_member_at_once()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shared");
        await Workspace.CreateUserAsync(admin, Client, "Client");
        await Workspace.AddMemberAsync(admin, id, Client, "Client");
        using var client = await Workspace.SignInAsync(factory, Client);
        (await client.GetAsync($"/engagements/{id}/register")).Status.ShouldBe(HttpStatusCode.OK);

        var response = await admin.PostFormAsync($"/engagements/{id}/members", new Dictionary<string, string> { ["membershipId"] = await MembershipIdAsync(factory, id, Client) }, $"/engagements/{id}/members?handler=Remove");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync($"/engagements/{id}/register")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/engagements/{id}/export.json")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/engagements/{id}/members")).Body.ShouldNotContain(Client);
    }

    [Fact]
    public async Task The_last_consultant_cannot_be_removed()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Solo");

        var (status, body) = await admin.PostAsync($"/engagements/{id}/members", new Dictionary<string, string> { ["membershipId"] = await MembershipIdAsync(factory, id, Workspace.AdminEmail) }, $"/engagements/{id}/members?handler=Remove");

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("An engagement needs at least one consultant");
        (await admin.GetAsync($"/engagements/{id}")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_client_cannot_remove_anyone_and_another_engagements_membership_is_not_found()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shared");
        var other = await Workspace.CreateEngagementAsync(admin, "Other");
        await Workspace.CreateUserAsync(admin, Client, "Client");
        await Workspace.AddMemberAsync(admin, id, Client, "Client");
        using var client = await Workspace.SignInAsync(factory, Client);
        var adminsMembership = await MembershipIdAsync(factory, id, Workspace.AdminEmail);

        var byClient = await client.PostFormAsync($"/engagements/{id}/members", new Dictionary<string, string> { ["membershipId"] = adminsMembership }, $"/engagements/{id}/members?handler=Remove");
        var crossed = await admin.PostFormAsync($"/engagements/{other}/members", new Dictionary<string, string> { ["membershipId"] = await MembershipIdAsync(factory, id, Client) }, $"/engagements/{other}/members?handler=Remove");

        byClient.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        crossed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = factory.OpenDb();
        db.Memberships.Count(m => m.EngagementId == id).ShouldBe(2);
    }

    private static async Task<string> MembershipIdAsync(WorkspaceFactory factory, int engagementId, string email)
    {
        await using var db = factory.OpenDb();
        return db.Memberships.Single(m => m.EngagementId == engagementId && m.User!.Email == email).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
