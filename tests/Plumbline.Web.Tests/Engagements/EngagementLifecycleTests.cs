using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Engagements;

/// <summary>How engagements end: archived (read-only, off the list, restorable) or deleted with everything in them.</summary>
public sealed class EngagementLifecycleTests
{
    private const string Client = "client@example.test";

    private static Dictionary<string, string> Profile(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.ClientName"] = name + " Ltd",
        ["Input.CapacityHoursPerWeek"] = "8",
        ["Input.PlanStart"] = "2026-03-02",
    };

    [Fact]
    public async Task An_archived_engagement_is_read_only_and_off_the_list_until_it_is_restored()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Finished work");
        var settings = $"/engagements/{id}/settings";

        var archive = await admin.PostFormAsync(settings, new Dictionary<string, string>(), postUrl: settings + "?handler=Archive");

        archive.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = factory.OpenDb())
        {
            (await db.Engagements.SingleAsync(e => e.Id == id)).ArchivedAt.ShouldBe(factory.Time.GetUtcNow());
        }

        (await admin.GetAsync("/")).Body.ShouldNotContain("Finished work");
        var archivedList = await admin.GetAsync("/?archived=true");
        archivedList.Body.ShouldContain("Finished work");
        (await admin.GetAsync("/")).Body.ShouldContain("Show archived engagements (1)");

        var profile = await admin.PageAsync($"/engagements/{id}/profile");
        profile.QuerySelector("p.notice.archived")!.TextContent.ShouldContain("Archived — read-only");
        profile.QuerySelector("form fieldset")!.HasAttribute("disabled").ShouldBeTrue();
        (await admin.PageAsync($"/engagements/{id}/members")).QuerySelector("input[name='Email']").ShouldBeNull();
        (await admin.PageAsync($"/engagements/{id}/audits")).QuerySelector("input[type='file']").ShouldBeNull();

        // The consultant's own post is refused by the access rule, and nothing changes.
        var refused = await admin.PostFormAsync($"/engagements/{id}/profile", Profile("Renamed"));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var restore = await admin.PostFormAsync(settings, new Dictionary<string, string>(), postUrl: settings + "?handler=Restore");

        restore.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetAsync($"/engagements/{id}/profile")).Body.ShouldNotContain("Archived — read-only");
        (await admin.PostFormAsync($"/engagements/{id}/profile", Profile("Renamed"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetAsync("/")).Body.ShouldContain("Renamed");
        await using var check = factory.OpenDb();
        (await check.Engagements.SingleAsync(e => e.Id == id)).ArchivedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Deleting_an_engagement_needs_its_name_typed_and_then_removes_everything_in_it()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        int id;
        await using (var db = factory.OpenDb())
        {
            id = await DemoEngagement.SeedAsync(db, factory.Time, CancellationToken.None);
            await DemoEngagement.EnsureMembersAsync(db, CancellationToken.None);
            var items = await db.Items.Where(i => i.EngagementId == id).OrderBy(i => i.Id).ToListAsync();
            items[1].DependsOn.Add(new ItemDependency { DependsOnId = items[0].Id });
            db.AuditJobs.Add(new AuditJob { EngagementId = id, Target = "/srv/app", State = AuditJobState.Finished, CreatedAt = factory.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var keep = await Workspace.CreateEngagementAsync(admin, "Keep me");
        var settings = $"/engagements/{id}/settings";
        var page = await admin.PageAsync(settings);
        page.QuerySelector($"a[href='/engagements/{id}/export.json']").ShouldNotBeNull("the backup is offered before deleting");

        var (status, body) = await admin.PostAsync(settings, new Dictionary<string, string> { ["ConfirmName"] = "demo: harbor & pine supply" }, postUrl: settings + "?handler=Delete");

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Type the engagement&#x27;s name exactly as shown");
        await using (var db = factory.OpenDb())
        {
            (await db.Engagements.AnyAsync(e => e.Id == id)).ShouldBeTrue();
        }

        var deleted = await admin.PostFormAsync(settings, new Dictionary<string, string> { ["ConfirmName"] = DemoEngagement.Name }, postUrl: settings + "?handler=Delete");

        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        deleted.Headers.Location!.ToString().ShouldBe("/");
        (await admin.GetAsync("/")).Body.ShouldContain("Deleted the engagement Demo: Harbor &amp; Pine Supply");
        (await admin.GetAsync($"/engagements/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        await using var check = factory.OpenDb();
        (await check.Engagements.AnyAsync(e => e.Id == id)).ShouldBeFalse();
        (await check.Memberships.AnyAsync(m => m.EngagementId == id)).ShouldBeFalse();
        (await check.Systems.AnyAsync(s => s.EngagementId == id)).ShouldBeFalse();
        (await check.Integrations.AnyAsync(s => s.EngagementId == id)).ShouldBeFalse();
        (await check.Items.AnyAsync(s => s.EngagementId == id)).ShouldBeFalse();
        (await check.ItemDependencies.AnyAsync()).ShouldBeFalse();
        (await check.Findings.AnyAsync(s => s.EngagementId == id)).ShouldBeFalse();
        (await check.AuditJobs.AnyAsync(s => s.EngagementId == id)).ShouldBeFalse();
        (await check.Engagements.AnyAsync(e => e.Id == keep)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_archived_engagement_can_still_be_deleted_but_not_while_a_job_is_queued()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Old");
        var settings = $"/engagements/{id}/settings";
        (await admin.PostFormAsync(settings, new Dictionary<string, string>(), postUrl: settings + "?handler=Archive")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = factory.OpenDb())
        {
            db.AuditJobs.Add(new AuditJob { EngagementId = id, Target = "/srv/app", State = AuditJobState.Queued, CreatedAt = factory.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var (status, body) = await admin.PostAsync(settings, new Dictionary<string, string> { ["ConfirmName"] = "Old" }, postUrl: settings + "?handler=Delete");

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("queued or running; delete the engagement when it has finished");
        await using (var db = factory.OpenDb())
        {
            await db.AuditJobs.Where(j => j.EngagementId == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, AuditJobState.Failed));
        }

        (await admin.PostFormAsync(settings, new Dictionary<string, string> { ["ConfirmName"] = "Old" }, postUrl: settings + "?handler=Delete"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = factory.OpenDb();
        (await check.Engagements.AnyAsync(e => e.Id == id)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_client_member_neither_sees_nor_uses_the_settings()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shared");
        await Workspace.CreateUserAsync(admin, Client, "Client");
        await Workspace.AddMemberAsync(admin, id, Client, "Client");
        using var client = await Workspace.SignInAsync(factory, Client);
        var settings = $"/engagements/{id}/settings";

        (await admin.GetAsync($"/engagements/{id}")).Body.ShouldContain($"href=\"{settings}\"");
        (await client.GetAsync($"/engagements/{id}")).Body.ShouldNotContain($"href=\"{settings}\"");
        (await client.GetAsync(settings)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync($"/engagements/{id}/profile", new Dictionary<string, string>(), postUrl: settings + "?handler=Archive")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync($"/engagements/{id}/profile", new Dictionary<string, string> { ["ConfirmName"] = "Shared" }, postUrl: settings + "?handler=Delete")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var check = factory.OpenDb();
        (await check.Engagements.SingleAsync(e => e.Id == id)).ArchivedAt.ShouldBeNull();
    }
}
