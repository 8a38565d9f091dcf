using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plumbline.Testing.Browser;
using Plumbline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Plumbline.Web.Tests.EndToEnd;

/// <summary>The rough edges a consultant met in a real browser (issue 24), each checked in headless Chromium.</summary>
public sealed class RoughEdgesTests
{
    private const string Password = "correct horse battery";

    [ChromiumFact]
    public async Task Backups_default_to_not_known_labels_read_as_words_budget_has_separators_and_remove_buttons_work()
    {
        await using var workspace = await LiveWorkspace.StartAsync();
        await using var browser = await BrowserSession.StartAsync(1280);
        var page = browser.Page;

        await page.GotoAsync(workspace.SetupUrl);
        await page.GetByLabel("Your name").FillAsync("Ada Admin");
        await page.GetByLabel("Email").FillAsync("ada@example.test");
        await page.GetByLabel("Password (12 characters or more)").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(workspace.BaseUrl) + "/$"));
        await page.GetByLabel("Engagement name").FillAsync("Bakery");
        await page.GetByLabel("Client (business name)").FillAsync("Crumb & Co");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create engagement" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inventory$"));

        // A new system: "Backed up" is a choice and "Not known" is picked until someone says otherwise.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a system" }).ClickAsync();
        var backups = page.GetByRole(AriaRole.Group, new() { Name = "Backed up" });
        await Expect(backups.GetByLabel("Not known")).ToBeCheckedAsync();
        await Expect(backups.GetByLabel("Yes")).Not.ToBeCheckedAsync();
        await page.GetByLabel("Name").FillAsync("Till");
        await page.GetByLabel("Kind").FillAsync("point of sale");
        await page.GetByLabel("Lifecycle").SelectOptionAsync(new SelectOptionValue { Label = "End of life" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save system" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inventory$"));

        var systems = page.Locator("section[aria-labelledby=systems] table");
        await Expect(systems).ToContainTextAsync("backups not known");
        await Expect(systems).ToContainTextAsync("End of life");
        await Expect(systems).Not.ToContainTextAsync("EndOfLife");
        await Expect(page.Locator("section[aria-labelledby=findings]")).ToContainTextAsync("Nobody has said whether Till is backed up");

        // The Remove buttons live in the cached table and submit a form outside it: they must still remove.
        await page.GetByLabel("Data (customers, invoices, orders…)").FillAsync("sales");
        await page.Locator("#Data_SystemId").SelectOptionAsync(new SelectOptionValue { Label = "Till" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add data" }).ClickAsync();
        var data = page.Locator("section[aria-labelledby=data] table");
        await Expect(data).ToContainTextAsync("sales");
        await data.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Expect(page.Locator("section[aria-labelledby=data] table")).ToHaveCountAsync(0);

        // Budget reads as money, and saving it as shown keeps it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Profile" }).ClickAsync();
        await page.GetByLabel("Budget").FillAsync("12000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByLabel("Budget")).ToHaveValueAsync("12,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Saved");
        await Expect(page.GetByLabel("Budget")).ToHaveValueAsync("12,000");

        // Statuses by their names.
        await page.GotoAsync(page.Url.Replace("/profile?saved=true", "/register/items", StringComparison.Ordinal));
        await Expect(page.GetByLabel("Status").Locator("option", new() { HasText = "In progress" })).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Status").Locator("option", new() { HasText = "InProgress" })).ToHaveCountAsync(0);
    }
}
