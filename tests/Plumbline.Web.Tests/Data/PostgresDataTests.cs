using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Engagements;
using Plumbline.Web.Tests.Support;
using Plumbline.Web.Transfer;

namespace Plumbline.Web.Tests.Data;

/// <summary>The data paths again on a real PostgreSQL: migrations, inventory sync, membership, export and import.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDataTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task Migrations_apply_and_the_inventory_feeds_the_register()
    {
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "On Postgres");
        await Workspace.AddSystemAsync(admin, id, "Payroll", new Dictionary<string, string> { ["Input.PeopleWhoKnowIt"] = "1", ["Input.AdminAccounts"] = "1" });

        await using var db = factory.OpenDb();
        db.Database.ProviderName.ShouldBe("Npgsql.EntityFrameworkCore.PostgreSQL");
        (await db.Items.Where(i => i.EngagementId == id).Select(i => i.Key).OrderBy(k => k).ToListAsync())
            .ShouldBe(["enforce-mfa-for-admins", "spread-system-knowledge"]);
        (await admin.PageAsync($"/engagements/{id}/matrix")).QuerySelectorAll("svg.matrix a.dot").Length.ShouldBe(2);
    }

    [PostgresFact]
    public async Task Another_users_engagement_is_not_found_on_postgres_either()
    {
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Private");
        await Workspace.CreateUserAsync(admin, "other@example.test", "Consultant");
        using var other = await Workspace.SignInAsync(factory, "other@example.test");

        (await other.GetAsync($"/engagements/{id}/register")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/engagements/{id}/export.json")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [PostgresFact]
    public async Task Export_and_import_round_trip_on_postgres()
    {
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        (await Workspace.AdminAsync(factory)).Dispose();
        await using var db = factory.OpenDb();
        var demo = await DemoEngagement.SeedAsync(db, factory.Time, CancellationToken.None);
        var doc = await EngagementExporter.ExportAsync(db, demo, CancellationToken.None);

        var (copy, _) = await EngagementImporter.ImportAsync(db, doc!, [], CancellationToken.None);
        var again = await EngagementExporter.ExportAsync(db, copy, CancellationToken.None);

        System.Text.Json.JsonSerializer.Serialize(again, TransferJson.Options).ShouldBe(System.Text.Json.JsonSerializer.Serialize(doc, TransferJson.Options));
    }

    [PostgresFact]
    public async Task Deleting_an_engagement_removes_everything_in_it_on_postgres_too()
    {
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        using var admin = await Workspace.AdminAsync(factory);
        int id;
        await using (var db = factory.OpenDb())
        {
            id = await DemoEngagement.SeedAsync(db, factory.Time, CancellationToken.None);
            await DemoEngagement.EnsureMembersAsync(db, CancellationToken.None);
            var items = await db.Items.Where(i => i.EngagementId == id).OrderBy(i => i.Id).ToListAsync();
            items[1].DependsOn.Add(new Plumbline.Web.Data.ItemDependency { DependsOnId = items[0].Id });
            await db.SaveChangesAsync();
        }

        var settings = $"/engagements/{id}/settings";
        var deleted = await admin.PostFormAsync(settings, new Dictionary<string, string> { ["ConfirmName"] = DemoEngagement.Name }, postUrl: settings + "?handler=Delete");

        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = factory.OpenDb();
        (await check.Engagements.AnyAsync(e => e.Id == id)).ShouldBeFalse();
        (await check.Items.AnyAsync()).ShouldBeFalse();
        (await check.Integrations.AnyAsync()).ShouldBeFalse();
        (await check.ItemDependencies.AnyAsync()).ShouldBeFalse();
        (await check.Findings.AnyAsync()).ShouldBeFalse();
    }
}

/// <summary>A test that needs the PostgreSQL binaries; skipped with the reason when they are missing.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresFixture.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
