using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Tests.Data;

/// <summary>Issue24Vendors on a database that already has systems: the monthly cost becomes a cost per month, nothing is
/// decided, nothing else is lost — on SQLite and on PostgreSQL.</summary>
public sealed class VendorMigrationTests
{
    [Fact]
    public async Task A_monthly_cost_stored_before_the_migration_is_a_cost_per_month_after_it()
    {
        var dir = Path.Combine(Path.GetTempPath(), "plumbline-migration-" + Guid.NewGuid().ToString("n"));
        try
        {
            await VendorMigration.CheckAsync(new WorkspaceDatabase(new WorkspaceOptions { DataDir = dir }));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}

[Collection(PostgresCollection.Name)]
public sealed class VendorMigrationPostgresTests(PostgresFixture postgres)
{
    [PostgresFact]
    public Task A_monthly_cost_stored_before_the_migration_is_a_cost_per_month_after_it_on_postgres() =>
        VendorMigration.CheckAsync(new WorkspaceDatabase(new WorkspaceOptions { Database = postgres.NewDatabase() }));
}

internal static class VendorMigration
{
    public static async Task CheckAsync(WorkspaceDatabase database)
    {
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("BackupsNotKnown");
            // Rows as the previous schema held them (MonthlyCost, no contract columns).
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Engagements" ("Id", "Name", "ClientName", "CreatedAt", "CapacityHoursPerWeek", "PlanStart", "RegisterStamp")
                VALUES (1, 'Bakery', 'Crumb & Co', '2026-01-05 10:00:00+00:00', 8, '2026-01-05', '00000000-0000-0000-0000-000000000001');
                INSERT INTO "Systems" ("Id", "EngagementId", "Name", "Kind", "Vendor", "MonthlyCost", "PeopleWhoKnowIt", "AdminAccounts", "MfaEnforced", "HasBackups", "Lifecycle")
                VALUES (1, 1, 'Till', 'point of sale', 'Square', '25.50', 2, 1, TRUE, NULL, 'Active');
                """);
        }

        await database.MigrateAsync();

        await using (var db = database.CreateContext())
        {
            var till = await db.Systems.AsNoTracking().SingleAsync();
            (till.Name, till.Vendor, till.Cost, till.CostPeriod, till.Currency, till.RenewalDecision, till.RenewalDate, till.DataExportable)
                .ShouldBe(("Till", "Square", 25.50m, CostPeriod.Month, (string?)null, RenewalDecision.Undecided, (DateOnly?)null, (bool?)null));
        }
    }
}
