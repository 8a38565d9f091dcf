using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Engagements;

/// <summary>The crafted requests that once answered 500 now answer with a field message or a 404.</summary>
public sealed class CraftedRequestTests
{
    [Fact]
    public async Task A_far_future_plan_start_is_refused_with_a_field_message_and_nothing_is_stored()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Dates");
        var (status, body) = await admin.PostAsync($"/engagements/{id}/profile", new Dictionary<string, string>
        {
            ["Input.Name"] = "Dates",
            ["Input.ClientName"] = "Dates Ltd",
            ["Input.CapacityHoursPerWeek"] = "8",
            ["Input.PlanStart"] = "9999-12-31",
        });

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Enter a date from 2000 to 2100 for roadmap starts.");
        await using var db = factory.OpenDb();
        (await db.Engagements.SingleAsync(e => e.Id == id)).PlanStart.Year.ShouldBeLessThan(2100);
    }

    [Fact]
    public async Task A_far_future_plan_start_already_stored_does_not_break_the_register_roadmap_or_reports()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Stored dates");
        await Workspace.AddSystemAsync(admin, id, "Payroll", new Dictionary<string, string> { ["Input.PeopleWhoKnowIt"] = "1" });
        await using (var db = factory.OpenDb())
        {
            // As a file from an older version, or one edited by hand, could leave it.
            await db.Engagements.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.PlanStart, new DateOnly(9999, 12, 31)));
        }

        foreach (var page in new[] { "/register", "/roadmap", "/matrix", "", "/report.html", "/report.json" })
        {
            var (status, _, _) = await admin.GetAsync($"/engagements/{id}{page}");
            ((int)status).ShouldBeLessThan(500, $"/engagements/{id}{page}: {factory.Errors.Last}");
        }
    }

    [Fact]
    public async Task A_yes_or_no_field_posted_as_maybe_is_a_field_message()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Booleans");
        var (status, body) = await admin.PostAsync($"/engagements/{id}/inventory/systems", new Dictionary<string, string>
        {
            ["Input.Name"] = "Payroll",
            ["Input.Kind"] = "payroll",
            ["Input.PeopleWhoKnowIt"] = "2",
            ["Input.AdminAccounts"] = "1",
            ["Input.HasBackups"] = "maybe",
            ["Input.Lifecycle"] = "Active",
        });

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Backed up is yes or no.");
        await using var db = factory.OpenDb();
        (await db.Systems.CountAsync(s => s.EngagementId == id)).ShouldBe(0);
    }

    [Fact]
    public async Task Unknown_handlers_and_negative_ids_are_not_found()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Handlers");

        (await admin.PostFormAsync($"/engagements/{id}/inventory", new Dictionary<string, string>(), $"/engagements/{id}/inventory?handler=Nope"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostFormAsync($"/engagements/{id}/profile", new Dictionary<string, string>(), $"/engagements/{id}/register"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/engagements/-1")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/engagements/{id}?handler=Nope")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
