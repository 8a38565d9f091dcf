using Plumbline.Checks.Inventory;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Inventory;

/// <summary>The Inventory pages collapsed under load because every view read the whole register, tracked, and re-ran
/// the checks: these guard the number of SQL commands a view costs, which must not grow with the inventory.</summary>
public sealed class InventoryQueryTests
{
    private static async Task ArrangeAsync(WorkspaceFactory factory, int engagementId, int systems)
    {
        await using var db = factory.OpenDb();
        var entries = Enumerable.Range(0, systems).Select(n => new SystemEntry
        {
            EngagementId = engagementId,
            Name = $"System {n:00}",
            Kind = "saas",
            PeopleWhoKnowIt = 1 + (n % 3),
            AdminAccounts = n % 2,
            HasBackups = n % 2 == 0,
            Lifecycle = SystemLifecycle.Active,
        }).ToList();
        db.Systems.AddRange(entries);
        await db.SaveChangesAsync();
        db.DataHoldings.AddRange(entries.Select(s => new DataHolding { EngagementId = engagementId, SystemId = s.Id, DataKind = "orders", IsSourceOfTruth = s.Id == entries[0].Id }));
        db.Integrations.AddRange(entries.Skip(1).Select((s, n) => new Integration { EngagementId = engagementId, FromSystemId = entries[n].Id, ToSystemId = s.Id, Kind = IntegrationKind.ManualRekeying, DataKind = "orders" }));
        db.Items.AddRange(Enumerable.Range(0, systems).Select(n => new RegisterItem
        {
            EngagementId = engagementId,
            Key = $"item-{n}",
            Title = $"Item {n}",
            Impact = 3,
            Effort = 2,
            Phase = Phase.RiskReduction,
            Status = ItemStatus.Open,
            Origin = ItemOrigin.Manual,
        }));
        await db.SaveChangesAsync();
    }

    private static async Task<(IReadOnlyList<string> First, IReadOnlyList<string> Again)> ViewTwiceAsync(Browser browser, QueryLog log, string url)
    {
        log.Clear();
        (await browser.GetAsync(url)).Status.ShouldBe(System.Net.HttpStatusCode.OK);
        var first = log.Commands;
        log.Clear();
        (await browser.GetAsync(url)).Status.ShouldBe(System.Net.HttpStatusCode.OK);
        return (first, log.Commands);
    }

    [Fact]
    public async Task Viewing_the_inventory_costs_the_same_few_queries_at_3_systems_and_at_40_and_never_reads_the_register()
    {
        var counts = new List<(int First, int Again)>();
        foreach (var systems in new[] { 3, 40 })
        {
            using var factory = new WorkspaceFactory();
            using var log = new QueryLog(factory.DataDir);
            using var admin = await Workspace.AdminAsync(factory);
            var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
            await ArrangeAsync(factory, id, systems);

            var (first, again) = await ViewTwiceAsync(admin, log, $"/engagements/{id}/inventory");
            again.ShouldContain(sql => sql.Contains("\"Memberships\"", StringComparison.Ordinal), "the log hears this workspace's queries");
            first.Concat(again).ShouldNotContain(sql => sql.Contains("\"Items\"", StringComparison.Ordinal), "showing the inventory needs no register");
            first.Concat(again).ShouldNotContain(sql => sql.Contains("\"Findings\"", StringComparison.Ordinal), "showing the inventory needs no stored evidence");

            // Session check, membership, the forms' system names; the first view also reads systems, data and integrations.
            first.Count.ShouldBeLessThanOrEqualTo(6, string.Join("\n---\n", first));
            again.Count.ShouldBeLessThanOrEqualTo(3, string.Join("\n---\n", again));
            counts.Add((first.Count, again.Count));
        }

        counts[1].ShouldBe(counts[0], "the queries per view must not grow with the number of systems");
    }

    [Fact]
    public async Task Viewing_one_system_reads_that_system_alone()
    {
        using var factory = new WorkspaceFactory();
        using var log = new QueryLog(factory.DataDir);
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        await ArrangeAsync(factory, id, 20);
        await using var db = factory.OpenDb();
        var systemId = db.Systems.Where(s => s.EngagementId == id).Select(s => s.Id).First();

        var (first, _) = await ViewTwiceAsync(admin, log, $"/engagements/{id}/inventory/systems/{systemId}");
        first.ShouldNotContain(sql => sql.Contains("\"Items\"", StringComparison.Ordinal) || sql.Contains("\"DataHoldings\"", StringComparison.Ordinal) || sql.Contains("\"Integrations\"", StringComparison.Ordinal));
        first.Count.ShouldBeLessThanOrEqualTo(3, string.Join("\n---\n", first));
    }

    [Fact]
    public async Task A_change_to_the_inventory_shows_at_once_on_the_cached_inventory_and_portfolio_pages()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        await ArrangeAsync(factory, id, 3);
        (await admin.GetAsync($"/engagements/{id}/inventory")).Body.ShouldContain("System 02");
        (await admin.GetAsync($"/engagements/{id}/portfolio")).Body.ShouldContain("System 02");

        // Written by another context, as `plumb import` or a second server would.
        await using (var db = factory.OpenDb())
        {
            var system = db.Systems.Single(s => s.EngagementId == id && s.Name == "System 02");
            system.Name = "Till";
            await db.SaveChangesAsync();
        }

        var inventory = (await admin.GetAsync($"/engagements/{id}/inventory")).Body;
        inventory.ShouldContain(">Till<");
        inventory.ShouldNotContain("System 02");
        (await admin.GetAsync($"/engagements/{id}/portfolio")).Body.ShouldContain(">Till<");
    }
}
