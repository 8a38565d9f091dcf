using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plumbline.Testing.Browser;
using Plumbline.Web.Tests.EndToEnd;
using Plumbline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Plumbline.Web.Tests.Proposals;

/// <summary>A consultant uploads proposals in headless Chromium, reads the review and the side-by-side table, and meets a
/// bad upload's error.</summary>
public sealed class ProposalBrowserTests
{
    private const string Password = "correct horse battery";

    [ChromiumFact]
    public async Task Upload_two_proposals_read_them_side_by_side_and_a_renamed_file_is_refused()
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
        await page.GetByLabel("Engagement name").FillAsync("Website rebuild");
        await page.GetByLabel("Client (business name)").FillAsync("Crumb & Co");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create engagement" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inventory$"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Engagement" }).GetByRole(AriaRole.Link, new() { Name = "Proposals" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vendor proposals" })).ToBeVisibleAsync();

        // Two vendors' proposals for the same project, chosen together in the file picker.
        await page.GetByLabel("Proposal files").SetInputFilesAsync(new[] { Payload("web-redesign-good.md"), Payload("web-redesign-bad.md") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Uploaded web-redesign-good.md, web-redesign-bad.md");

        var side = page.Locator("#proposal-side-by-side");
        await Expect(side.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Proposals side by side");
        await Expect(side.Locator("thead th")).ToHaveCountAsync(3);
        await Expect(side.Locator("td.verdict-red-flag").First).ToBeVisibleAsync();
        await Expect(side.Locator("td.verdict-addressed").First).ToBeVisibleAsync();
        await Expect(page.Locator("#proposal-questions")).ToContainTextAsync("Questions to send the vendor");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("proposals-side-by-side.png"), FullPage = true });

        // The topics they leave unsettled are in the register.
        await page.GetByRole(AriaRole.Link, new() { Name = "The register" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Ask the vendor");

        // A text file renamed to .pdf is refused with one line naming it, and nothing else changes.
        await page.GoBackAsync();
        await page.GetByLabel("Proposal files").SetInputFilesAsync(new FilePayload { Name = "quote.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("Quote for the new site: £4,000.") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("quote.pdf: does not start like a PDF");
        await Expect(page.Locator("table.proposals tbody tr")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("proposals-bad-upload.png"), FullPage = true });
    }

    private static FilePayload Payload(string name) => new()
    {
        Name = name,
        MimeType = "text/markdown",
        Buffer = ProposalUploads.Corpus(name).Content,
    };

    private static string Shot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
