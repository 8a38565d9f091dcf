using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Items;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Inventory;

public sealed class InventoryPagesTests
{
    [Fact]
    public async Task A_recommendation_the_register_already_has_under_another_key_stays_one_item_with_the_new_evidence()
    {
        // The bakery's register has "admin-mfa" for enforce-mfa-for-admins; the inventory then asks for MFA too.
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        await using (var db = factory.OpenDb())
        {
            db.Items.Add(new Plumbline.Web.Data.RegisterItem
            {
                EngagementId = id,
                Key = "admin-mfa",
                Title = "Turn on MFA for email, banking and the till admin accounts",
                RecommendationId = "enforce-mfa-for-admins",
                Impact = 5,
                Effort = 1,
                Phase = Plumbline.Core.Scales.Phase.ImmediateFixes,
                Origin = ItemOrigin.Manual,
                UpdatedAt = DateTimeOffset.UnixEpoch,
            });
            await db.SaveChangesAsync();
        }

        await Workspace.AddSystemAsync(admin, id, "Shop", new Dictionary<string, string> { ["Input.AdminAccounts"] = "2", ["Input.MfaEnforced"] = "false", ["Input.PeopleWhoKnowIt"] = "2" });

        await using (var db = factory.OpenDb())
        {
            var mfa = await db.Items.Include(i => i.Findings).Where(i => i.EngagementId == id && i.RecommendationId == "enforce-mfa-for-admins").ToListAsync();
            var item = mfa.ShouldHaveSingleItem();
            item.Key.ShouldBe("admin-mfa");
            item.Findings.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public async Task Systems_data_and_integrations_put_their_findings_on_the_register_and_matrix()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        var shop = await Workspace.AddSystemAsync(admin, id, "Shop", new Dictionary<string, string> { ["Input.AdminAccounts"] = "2", ["Input.MfaEnforced"] = "false" });
        var books = await Workspace.AddSystemAsync(admin, id, "Books", new Dictionary<string, string> { ["Input.PeopleWhoKnowIt"] = "1" });
        var inventory = $"/engagements/{id}/inventory";
        (await admin.PostFormAsync(inventory, new Dictionary<string, string> { ["Link.FromSystemId"] = shop.ToString(), ["Link.ToSystemId"] = books.ToString(), ["Link.Kind"] = "ManualRekeying", ["Link.DataKind"] = "orders" }, inventory + "?handler=AddIntegration"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PostFormAsync(inventory, new Dictionary<string, string> { ["Data.SystemId"] = shop.ToString(), ["Data.DataKind"] = "customers" }, inventory + "?handler=AddData"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var db = factory.OpenDb())
        {
            var keys = await db.Items.Where(i => i.EngagementId == id).Select(i => i.Key).ToListAsync();
            keys.Order().ShouldBe(["automate-manual-re-keying", "enforce-mfa-for-admins", "name-a-source-of-truth", "spread-system-knowledge"]);
            (await db.Items.Where(i => i.EngagementId == id).AllAsync(i => i.Origin == ItemOrigin.Inventory)).ShouldBeTrue();
            (await db.Findings.CountAsync(f => f.EngagementId == id && f.ItemId != null)).ShouldBe(4);
        }

        var matrix = await admin.PageAsync($"/engagements/{id}/matrix");
        matrix.QuerySelectorAll("svg.matrix a.dot").Length.ShouldBe(4);
        matrix.QuerySelector("svg.matrix")!.TextContent.ShouldContain("Turn on multi-factor authentication");

        // Fixing the inventory closes the item it fed.
        (await admin.PostFormAsync($"/engagements/{id}/inventory/systems/{shop}", new Dictionary<string, string>
        {
            ["Input.Name"] = "Shop",
            ["Input.Kind"] = "shop",
            ["Input.PeopleWhoKnowIt"] = "2",
            ["Input.AdminAccounts"] = "2",
            ["Input.MfaEnforced"] = "true",
            ["Input.HasBackups"] = "true",
            ["Input.LastRestoreTest"] = "2026-02-01",
            ["Input.Lifecycle"] = "Active",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = factory.OpenDb())
        {
            (await db.Items.SingleAsync(i => i.EngagementId == id && i.Key == "enforce-mfa-for-admins")).Status.ShouldBe(ItemStatus.Done);
        }
    }

    [Fact]
    public async Task A_bad_system_form_shows_every_problem_and_saves_nothing()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        await Workspace.AddSystemAsync(admin, id, "Shop");

        var (status, body) = await admin.PostAsync($"/engagements/{id}/inventory/systems", new Dictionary<string, string>
        {
            ["Input.Name"] = "shop",
            ["Input.Kind"] = "",
            ["Input.PeopleWhoKnowIt"] = "-1",
            ["Input.AdminAccounts"] = "lots",
            ["Input.BusinessFit"] = "9",
            ["Input.HasBackups"] = "true",
            ["Input.LastRestoreTest"] = "2027-01-01",
            ["Input.Lifecycle"] = "Active",
        });

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("There is already a system called shop");
        body.ShouldContain("Say what kind of system it is");
        body.ShouldContain("Enter how many people know it: 0 or more.");
        body.ShouldContain("Rate business fit from 1 (poor) to 5 (excellent)");
        body.ShouldContain("The last tested restore cannot be in the future.");
        body.ShouldContain("lots");
        await using var db = factory.OpenDb();
        (await db.Systems.CountAsync(s => s.EngagementId == id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_integration_from_a_system_to_itself_is_refused()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        var shop = await Workspace.AddSystemAsync(admin, id, "Shop");
        await Workspace.AddSystemAsync(admin, id, "Books");
        var inventory = $"/engagements/{id}/inventory";

        var (status, body) = await admin.PostAsync(inventory, new Dictionary<string, string> { ["Link.FromSystemId"] = shop.ToString(), ["Link.ToSystemId"] = shop.ToString(), ["Link.Kind"] = "Api" }, inventory + "?handler=AddIntegration");

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("An integration connects two different systems.");
        await using var db = factory.OpenDb();
        (await db.Integrations.CountAsync()).ShouldBe(0);
    }
}
