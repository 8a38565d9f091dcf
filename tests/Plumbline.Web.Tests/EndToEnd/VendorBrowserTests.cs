using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plumbline.Testing.Browser;
using Plumbline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Plumbline.Web.Tests.EndToEnd;

/// <summary>Contracts and renewals as a consultant meets them in headless Chromium (issue 24): the form, the Overview,
/// the calendar download, and the administrator's import page.</summary>
public sealed class VendorBrowserTests
{
    private const string Password = "correct horse battery";

    [ChromiumFact]
    public async Task A_contract_entered_on_the_form_shows_on_the_overview_and_downloads_as_a_calendar()
    {
        await using var workspace = await LiveWorkspace.StartAsync();
        await using var browser = await BrowserSession.StartAsync(1280, acceptDownloads: true);
        var page = browser.Page;

        await page.GotoAsync(workspace.SetupUrl);
        await page.GetByLabel("Your name").FillAsync("Ada Admin");
        await page.GetByLabel("Email").FillAsync("ada@example.test");
        await page.GetByLabel("Password (12 characters or more)").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Import an engagement backup (JSON)" })).ToBeVisibleAsync();
        await page.GetByLabel("Engagement name").FillAsync("Bakery");
        await page.GetByLabel("Client (business name)").FillAsync("Crumb & Co");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create engagement" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inventory$"));
        var engagement = page.Url[..^"/inventory".Length];

        // A renewal ten days out with thirty days' notice: inside the notice period, nothing decided.
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime); // the live server runs on the real clock
        var renews = today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a system" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Xero");
        await page.GetByLabel("Kind").FillAsync("accounting");
        var contract = page.GetByRole(AriaRole.Group, new() { Name = "Contract and renewal" });
        await contract.GetByLabel("Cost", new() { Exact = true }).FillAsync("480");
        await contract.GetByLabel("Per", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "year" });
        await contract.GetByLabel("Currency", new() { Exact = true }).FillAsync("EUR");
        await contract.GetByLabel("Renews on", new() { Exact = true }).FillAsync(renews);
        await contract.GetByLabel("Notice period (days)", new() { Exact = true }).FillAsync("30");
        await contract.GetByLabel("Account owner (a person)", new() { Exact = true }).FillAsync("IT");
        await Expect(contract.GetByRole(AriaRole.Group, new() { Name = "Data can be exported" }).GetByLabel("Not known")).ToBeCheckedAsync();
        await Expect(contract.GetByLabel("Renewal decision", new() { Exact = true })).ToHaveValueAsync("Undecided");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save system" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.AccountOwner']")).ToContainTextAsync("\"IT\" is a team, not a person");
        await page.GetByLabel("Account owner (a person)").FillAsync("Maria Rossi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save system" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inventory$"));
        await Expect(page.Locator("section[aria-labelledby=findings]")).ToContainTextAsync("Xero renews on " + renews + " and no decision is recorded");

        await page.GotoAsync(engagement);
        await Expect(page.Locator("table.renewals")).ToContainTextAsync("Notice deadline for Xero");
        await Expect(page.Locator("table.renewals tr.undecided")).ToHaveCountAsync(1);
        await Expect(page.Locator("ul.yearly-costs")).ToHaveTextAsync(new Regex(@"480 EUR a year \(1 system\)"));
        await Expect(page.Locator("section[aria-labelledby=this-month] ol")).ToContainTextAsync("Decide each contract renewal before its notice deadline");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Add the deadlines to a calendar (.ics)" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("bakery-renewals.ics");
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        ics.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        ics.ShouldContain("SUMMARY:Xero renews\r\n");
        ics.ShouldContain("DTSTART;VALUE=DATE:" + renews.Replace("-", string.Empty, StringComparison.Ordinal) + "\r\n");

        // Decided: the row is no longer marked, and the finding passes.
        await page.GetByRole(AriaRole.Link, new() { Name = "Notice deadline for Xero" }).ClickAsync();
        await page.GetByLabel("Renewal decision").SelectOptionAsync(new SelectOptionValue { Label = "Renegotiate" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save system" }).ClickAsync();
        await page.GotoAsync(engagement);
        await Expect(page.Locator("table.renewals tr.undecided")).ToHaveCountAsync(0);
        await Expect(page.Locator("table.renewals")).ToContainTextAsync("Renegotiate");
    }
}
