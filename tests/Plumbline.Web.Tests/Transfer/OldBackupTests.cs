using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;
using Plumbline.Web.Tests.Support;
using Plumbline.Web.Transfer;

namespace Plumbline.Web.Tests.Transfer;

/// <summary>Backups written before systems had contracts still import (issue 24).</summary>
public sealed class OldBackupTests
{
    // The shape plumb export wrote before costs had a period and currency.
    private const string Before = """
        {
          "schemaVersion": 1,
          "engagement": { "name": "Bakery", "clientName": "Crumb & Co", "planStart": "2026-01-05" },
          "systems": [ { "name": "Till", "kind": "point of sale", "monthlyCost": 25.5, "peopleWhoKnowIt": 2, "lifecycle": "Active" } ]
        }
        """;

    [Fact]
    public async Task A_monthly_cost_from_an_old_backup_imports_as_a_cost_per_month_with_nothing_decided()
    {
        var read = EngagementImporter.Read(Before, "old.json");
        read.Success.ShouldBeTrue(string.Join("; ", read.Errors));
        using var factory = new WorkspaceFactory();
        (await Workspace.AdminAsync(factory)).Dispose();
        await using var db = factory.OpenDb();

        var (id, _) = await EngagementImporter.ImportAsync(db, read.Value, [], CancellationToken.None);

        var till = await db.Systems.AsNoTracking().SingleAsync(s => s.EngagementId == id);
        (till.Cost, till.CostPeriod, till.RenewalDecision, till.RenewsOn).ShouldBe((25.5m, CostPeriod.Month, RenewalDecision.Undecided, (DateOnly?)null));
    }

    [Fact]
    public void A_backup_with_both_cost_and_monthly_cost_or_a_bad_currency_names_the_system_and_the_fix()
    {
        var both = Before.Replace("\"monthlyCost\": 25.5", "\"monthlyCost\": 25.5, \"cost\": 300, \"costPeriod\": \"Year\"", StringComparison.Ordinal);
        EngagementImporter.Read(both, "b.json").Errors.Select(e => e.ToString()).ShouldContain(e => e.Contains("system 'Till': give cost (with costPeriod) or the older monthlyCost, not both"));

        var currency = Before.Replace("\"monthlyCost\": 25.5", "\"cost\": 300, \"currency\": \"euro\"", StringComparison.Ordinal);
        EngagementImporter.Read(currency, "c.json").Errors.Select(e => e.ToString()).ShouldContain(e => e.Contains("currency 'euro' is not a three-letter code"));
    }
}
