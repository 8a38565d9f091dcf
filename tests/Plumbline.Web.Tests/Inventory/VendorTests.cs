using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Inventory;
using Plumbline.Web.Data;
using Plumbline.Web.Tests.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Inventory;

/// <summary>Vendors, contracts and renewals (issue 24): entered on the system form, shown on the Overview, exported as a
/// calendar, judged by RenewalIsDecided — on SQLite here and on PostgreSQL in <see cref="VendorPostgresTests"/>.</summary>
public sealed class VendorTests
{
    [Fact]
    public Task Contracts_feed_the_overview_the_calendar_and_the_renewal_check() => VendorScenario.RunAsync(new WorkspaceFactory());

    [Fact]
    public async Task An_account_owned_by_a_team_is_refused_with_a_line_saying_to_name_a_person()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");

        var (status, body) = await admin.PostAsync($"/engagements/{id}/inventory/systems", VendorScenario.Form("Till", new() { ["Input.AccountOwner"] = "IT" }));

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("&quot;IT&quot; is a team, not a person: name the one person who holds the account.");
        await using var db = factory.OpenDb();
        (await db.Systems.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_currency_and_a_negative_notice_period_are_refused()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");

        var (status, body) = await admin.PostAsync($"/engagements/{id}/inventory/systems",
            VendorScenario.Form("Till", new() { ["Input.Currency"] = "euro", ["Input.NoticeDays"] = "-5" }));

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Enter the currency as its three-letter code, e.g. EUR, GBP or USD.");
        body.ShouldContain("Enter the notice period in days, from 0 to 3650, or leave it empty.");
    }
}

[Collection(PostgresCollection.Name)]
public sealed class VendorPostgresTests(PostgresFixture postgres)
{
    [PostgresFact]
    public Task Contracts_feed_the_overview_the_calendar_and_the_renewal_check_on_postgres() => VendorScenario.RunAsync(new WorkspaceFactory(postgres.NewDatabase()));
}

internal static class VendorScenario
{
    /// <summary>The system form with its ordinary fields filled and <paramref name="extra"/> on top.</summary>
    public static Dictionary<string, string> Form(string name, Dictionary<string, string> extra)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "accounting",
            ["Input.PeopleWhoKnowIt"] = "2",
            ["Input.AdminAccounts"] = "0",
            ["Input.HasBackups"] = "true",
            ["Input.LastRestoreTest"] = "2026-02-01",
            ["Input.Lifecycle"] = "Active",
        };
        foreach (var (k, v) in extra)
        {
            form[k] = v;
        }

        return form;
    }

    // The factory's today is 2026-03-02.
    public static async Task RunAsync(WorkspaceFactory factory)
    {
        using var _ = factory;
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        // Inside its notice period (deadline 2026-02-20), nothing decided: a finding.
        var xero = await Workspace.AddSystemAsync(admin, id, "Xero", new Dictionary<string, string>
        {
            ["Input.Cost"] = "40",
            ["Input.CostPeriod"] = "Month",
            ["Input.Currency"] = "eur",
            ["Input.RenewalDate"] = "2026-03-22",
            ["Input.NoticeDays"] = "30",
            ["Input.AccountOwner"] = "Maria Rossi",
            ["Input.DataExportable"] = "true",
            ["Input.DataExportHow"] = "CSV export, one file per ledger",
            ["Input.RenewalDecision"] = "Undecided",
        });
        // Decided, and its contract ends after the 90 days: only the renewal shows.
        await Workspace.AddSystemAsync(admin, id, "Square", new Dictionary<string, string>
        {
            ["Input.Cost"] = "1,200",
            ["Input.CostPeriod"] = "Year",
            ["Input.Currency"] = "EUR",
            ["Input.RenewalDate"] = "2026-05-01",
            ["Input.ContractEnd"] = "2027-05-01",
            ["Input.NoticeDays"] = "14",
            ["Input.AccountOwner"] = "Tom",
            ["Input.RenewalDecision"] = "Renegotiate",
        });
        // Another currency: never added to the euros.
        await Workspace.AddSystemAsync(admin, id, "Mailchimp", new Dictionary<string, string>
        {
            ["Input.Cost"] = "20",
            ["Input.CostPeriod"] = "Month",
            ["Input.Currency"] = "USD",
        });

        await using (var db = factory.OpenDb())
        {
            var stored = await db.Systems.SingleAsync(s => s.Id == xero);
            (stored.Cost, stored.CostPeriod, stored.Currency, stored.RenewalDate, stored.NoticeDays, stored.AccountOwner, stored.DataExportable, stored.DataExportHow, stored.RenewalDecision)
                .ShouldBe((40m, CostPeriod.Month, "EUR", new DateOnly(2026, 3, 22), 30, "Maria Rossi", true, "CSV export, one file per ledger", RenewalDecision.Undecided));
            var item = await db.Items.Include(i => i.Findings).SingleAsync(i => i.EngagementId == id && i.Key == "decide-renewals-before-the-notice-deadline");
            item.Findings.ShouldHaveSingleItem().Detail.ShouldBe("Xero renews on 2026-03-22 and no decision is recorded; the notice deadline (30 days) was 2026-02-20.");
        }

        // The form shows what was saved.
        var edit = await admin.PageAsync($"/engagements/{id}/inventory/systems/{xero}");
        edit.QuerySelector("#Input_AccountOwner")!.GetAttribute("value").ShouldBe("Maria Rossi");
        edit.QuerySelector("#Input_RenewalDecision option[selected]")!.TextContent.ShouldBe("Not decided");

        var overview = await admin.PageAsync($"/engagements/{id}");
        var rows = overview.QuerySelectorAll("table.renewals tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).ToList();
        rows.ShouldBe([
            "Fri 20 Feb 2026 | Notice deadline for Xero (30 days before it renews) | Maria Rossi | Not decided",
            "Sun 22 Mar 2026 | Xero renews | Maria Rossi | Not decided",
            "Fri 17 Apr 2026 | Notice deadline for Square (14 days before it renews) | Tom | Renegotiate",
            "Fri 1 May 2026 | Square renews | Tom | Renegotiate",
        ]);
        var costs = overview.QuerySelectorAll("ul.yearly-costs li").Select(l => l.TextContent.Trim()).ToList();
        costs.ShouldBe(["1,680 EUR a year (2 systems)", "240 USD a year (1 system)"]);
        overview.QuerySelector("section[aria-labelledby=this-month] ol")!.TextContent.ShouldContain("Decide each contract renewal before its notice deadline");

        var (status, ics, response) = await admin.GetAsync($"/engagements/{id}/renewals.ics");
        status.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("bakery-renewals.ics");
        // Xero's notice deadline has passed; every deadline from today on is there, the contract end a year out too.
        ics.ShouldNotContain("DTSTART;VALUE=DATE:20260220");
        ics.ShouldContain($"UID:renewal-{xero}-20260322@engagement-{id}.plumbline\r\n");
        ics.ShouldContain("DTSTART;VALUE=DATE:20260417\r\n");
        ics.ShouldContain("DTSTART;VALUE=DATE:20270501\r\n");
        ics.ShouldContain("SUMMARY:Notice deadline for Square\r\n");
        ics.Split("\r\n").Count(l => l == "BEGIN:VEVENT").ShouldBe(4);

        // The export carries the contract, and it imports back as it was.
        var (_, json, _) = await admin.GetAsync($"/engagements/{id}/export.json");
        json.ShouldContain("\"renewalDecision\": \"Renegotiate\"");
        json.ShouldContain("\"costPeriod\": \"Year\"");
        json.ShouldNotContain("monthlyCost");
    }
}
