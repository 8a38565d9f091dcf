using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;
using Plumbline.Web.Inventory;

namespace Plumbline.Web.Engagements;

/// <summary>A small made-up business whose inventory fills the matrix at once (<c>plumb serve --demo</c>).</summary>
/// <remarks>Seeded once; every consultant and administrator becomes a member, including ones created later
/// through first-run setup (see <see cref="EnsureMembersAsync"/>).</remarks>
internal static class DemoEngagement
{
    public const string Name = "Demo: Harbor & Pine Supply";

    public static async Task<int> SeedAsync(WorkspaceDb db, TimeProvider time, CancellationToken ct)
    {
        var existing = await db.Engagements.Where(e => e.Name == Name).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return id;
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var engagement = new Engagement
        {
            Name = Name,
            ClientName = "Harbor & Pine Supply",
            CreatedAt = now,
            PlanStart = today,
            BusinessGoal = "Stop losing orders between the web shop and the warehouse; get ready to open a second location.",
            TeamSize = 14,
            Budget = 12000,
            Currency = "USD",
            Timeline = "Next two quarters",
            SystemUsers = "Office staff (accounts, orders), warehouse team (stock), the owner (reports).",
            FailureImpact = "Orders stop shipping; invoices go out late; the owner cannot see cash.",
            CapacityHoursPerWeek = 10,
        };
        db.Engagements.Add(engagement);
        await db.SaveChangesAsync(ct);

        var shop = System(engagement.Id, "Web shop", "e-commerce", "Shopify", "Dana", 1, 3, mfa: false, backups: true, restore: null, biz: 5, tech: 4);
        var books = System(engagement.Id, "Accounting", "accounting", "Xero", "Sam", 2, 2, mfa: true, backups: true, restore: today.AddMonths(-9), biz: 4, tech: 4);
        var stock = System(engagement.Id, "Stock spreadsheet", "spreadsheet", "Google Sheets", "Lee", 1, 1, mfa: false, backups: false, restore: null, biz: 4, tech: 1);
        var crm = System(engagement.Id, "Old CRM", "CRM", "LegacySoft", "Dana", 1, 1, mfa: false, backups: true, restore: today.AddMonths(-2), biz: 2, tech: 2);
        crm.Lifecycle = SystemLifecycle.EndOfLife;

        // Contracts: the CRM renews inside its notice period with nothing decided (a finding); the books renew later.
        Contract(shop, 39, CostPeriod.Month, renews: null, notice: null, "Dana", exportable: true, "CSV export of orders, customers and products");
        Contract(books, 540, CostPeriod.Year, renews: today.AddDays(70), notice: 30, "Sam", exportable: true, "Reports and contacts as CSV");
        Contract(crm, 2400, CostPeriod.Year, renews: today.AddDays(25), notice: 60, "Dana", exportable: null, null);
        crm.ContractEnd = today.AddDays(25);
        db.Systems.AddRange(shop, books, stock, crm);
        await db.SaveChangesAsync(ct);

        db.DataHoldings.AddRange(
            Holding(engagement.Id, shop, "customers", true),
            Holding(engagement.Id, crm, "customers", true),
            Holding(engagement.Id, shop, "orders", true),
            Holding(engagement.Id, books, "invoices", true),
            Holding(engagement.Id, stock, "products", false),
            Holding(engagement.Id, shop, "products", false));
        db.Integrations.AddRange(
            new Integration { EngagementId = engagement.Id, FromSystemId = shop.Id, ToSystemId = books.Id, Kind = IntegrationKind.AutomationPlatform, DataKind = "orders", AlertsOnFailure = false },
            new Integration { EngagementId = engagement.Id, FromSystemId = shop.Id, ToSystemId = stock.Id, Kind = IntegrationKind.ManualRekeying, DataKind = "orders" });
        await db.SaveChangesAsync(ct);

        var store = await InventoryStore.LoadAsync(db, engagement.Id, ct);
        await store.SaveAsync(today, now, ct);
        await EnsureMembersAsync(db, ct);
        return engagement.Id;
    }

    /// <summary>Makes every consultant and administrator a member of the demo engagement.</summary>
    public static async Task EnsureMembersAsync(WorkspaceDb db, CancellationToken ct)
    {
        var demo = await db.Engagements.Where(e => e.Name == Name).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        if (demo is not { } id)
        {
            return;
        }

        var staffRoles = await db.Roles.Where(r => r.Name == Roles.Admin || r.Name == Roles.Consultant).Select(r => r.Id).ToListAsync(ct);
        var staff = await db.UserRoles.Where(ur => staffRoles.Contains(ur.RoleId)).Select(ur => ur.UserId).Distinct().ToListAsync(ct);
        var members = await db.Memberships.Where(m => m.EngagementId == id).Select(m => m.UserId).ToListAsync(ct);
        db.Memberships.AddRange(staff.Except(members).Select(u => new Membership { EngagementId = id, UserId = u, Role = EngagementRole.Consultant }));
        await db.SaveChangesAsync(ct);
    }

    private static SystemEntry System(int engagementId, string name, string kind, string vendor, string owner, int people, int admins, bool mfa, bool backups, DateOnly? restore, int biz, int tech) => new()
    {
        EngagementId = engagementId,
        Name = name,
        Kind = kind,
        Vendor = vendor,
        Owner = owner,
        PeopleWhoKnowIt = people,
        AdminAccounts = admins,
        MfaEnforced = mfa,
        HasBackups = backups,
        LastRestoreTest = restore,
        BusinessFit = biz,
        TechnicalFit = tech,
    };

    private static void Contract(SystemEntry s, decimal cost, CostPeriod per, DateOnly? renews, int? notice, string accountOwner, bool? exportable, string? how)
    {
        s.Cost = cost;
        s.CostPeriod = per;
        s.Currency = "USD";
        s.RenewalDate = renews;
        s.NoticeDays = notice;
        s.AccountOwner = accountOwner;
        s.DataExportable = exportable;
        s.DataExportHow = how;
    }

    private static DataHolding Holding(int engagementId, SystemEntry s, string kind, bool truth) =>
        new() { EngagementId = engagementId, SystemId = s.Id, DataKind = kind, IsSourceOfTruth = truth };
}
