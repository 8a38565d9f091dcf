using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plumbline.Testing.Browser;
using Plumbline.Testing.Git;
using Plumbline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Plumbline.Web.Tests.EndToEnd;

/// <summary>A consultant's first session in a real headless Chromium, with screenshots of the key pages.</summary>
public sealed class WorkspaceJourneyTests
{
    private const string Password = "correct horse battery";

    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [ChromiumFact]
    public async Task First_run_to_exported_report_in_a_real_browser()
    {
        Directory.CreateDirectory(Screenshots);
        await using var workspace = await LiveWorkspace.StartAsync();
        await using var browser = await BrowserSession.StartAsync(1200, acceptDownloads: true);
        var page = browser.Page;
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        // First run: every page leads to /setup, which opens only with the one-time link the server printed.
        var refused = await page.GotoAsync(workspace.BaseUrl + "/");
        page.Url.ShouldEndWith("/setup");
        refused!.Status.ShouldBe(404);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Not set up yet");
        // Chromium reports that 404 on its console; it is the one expected error of the journey.
        errors.ShouldHaveSingleItem().ShouldContain("404");
        errors.Clear();
        await page.GotoAsync(workspace.SetupUrl);
        await page.GetByLabel("Your name").FillAsync("Ada Admin");
        await page.GetByLabel("Email").FillAsync("ada@example.test");
        await page.GetByLabel("Password (12 characters or more)").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await Shot(page, "01-setup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Arrive(page, "^" + Regex.Escape(workspace.BaseUrl) + "/$");

        // Sign out and back in.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign out ada@example.test" }).ClickAsync();
        await Arrive(page, "/signout$");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Arrive(page, "/signin$");
        await page.GetByLabel("Email").FillAsync("ada@example.test");
        await page.GetByLabel("Password").FillAsync("wrong password here");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator(".errors")).ToContainTextAsync("do not match");
        await page.GetByLabel("Password").FillAsync(Password);
        await Shot(page, "02-sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Arrive(page, "^" + Regex.Escape(workspace.BaseUrl) + "/$");

        // An invitation: the administrator types no password; the invitee opens the one-time link, in a browser of
        // their own, chooses a password and is signed in. The same link then no longer works.
        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Cleo Client");
        await page.GetByLabel("Email").FillAsync("cleo@example.test");
        await page.GetByLabel("Role").SelectOptionAsync("Client");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite user" }).ClickAsync();
        var link = (await page.Locator("#issued-link").TextContentAsync())!.Trim();
        link.ShouldContain("/set-password?token=");
        await Shot(page, "02b-invitation");
        var invitee = await browser.NewUserPageAsync(1200);
        await invitee.GotoAsync(link);
        await Expect(invitee.Locator("h1")).ToHaveTextAsync("Welcome to Plumbline");
        await invitee.GetByLabel("Password (12 characters or more)").FillAsync("cleo chooses her own");
        await invitee.GetByLabel("Password again").FillAsync("cleo chooses her own");
        await Shot(invitee, "02c-set-password");
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
        await Arrive(invitee, "^" + Regex.Escape(workspace.BaseUrl) + "/$");
        await Expect(invitee.GetByRole(AriaRole.Link, new() { Name = "Sign out cleo@example.test" })).ToBeVisibleAsync();
        await invitee.GotoAsync(link);
        await Expect(invitee.Locator("h1")).ToHaveTextAsync("This link cannot be used");
        await page.GotoAsync(workspace.BaseUrl + "/");

        // A new engagement, with a validation message first.
        await page.GetByRole(AriaRole.Button, new() { Name = "Create engagement" }).ClickAsync();
        await Expect(page.Locator(".error").First).ToContainTextAsync("Name the engagement");
        await page.GetByLabel("Engagement name").FillAsync("Spring review");
        await page.GetByLabel("Client (business name)").FillAsync("Harbor & Pine Supply");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create engagement" }).ClickAsync();
        await Arrive(page, "/inventory$");

        // Two systems: the shop's admins have no MFA; only one person knows the books.
        await AddSystem(page, "Web shop", people: "2", admins: "3");
        await AddSystem(page, "Accounting", people: "1", admins: "0");

        // An integration where people re-key orders by hand.
        await page.GetByLabel("From").SelectOptionAsync(new SelectOptionValue { Label = "Web shop" });
        await page.GetByLabel("To", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Accounting" });
        await page.GetByLabel("How").SelectOptionAsync(new SelectOptionValue { Label = "Manual re-keying" });
        await page.Locator("#Link_DataKind").FillAsync("orders");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add integration" }).ClickAsync();
        await Expect(page.Locator(".findings").First).ToContainTextAsync("People re-key orders by hand from Web shop into Accounting.");
        await Shot(page, "03-inventory");

        // The findings land on the matrix.
        await page.GetByRole(AriaRole.Link, new() { Name = "Matrix", Exact = true }).ClickAsync();
        await Arrive(page, "/matrix$");
        await Expect(page.Locator("svg.matrix a.dot")).ToHaveCountAsync(3);
        var mfa = page.Locator("svg.matrix a.dot", new() { Has = page.Locator("title", new() { HasTextString = "multi-factor" }) });
        await Expect(mfa).ToHaveClassAsync(new Regex(@"\bq-do-now\b"));
        await Shot(page, "04-matrix");

        // Move an item: open it from the matrix and raise its effort.
        await mfa.ClickAsync();
        await Arrive(page, @"/register/items/\d+$");
        await page.GetByLabel("Effort (1–5)").SelectOptionAsync("4");
        await page.GetByLabel("Owner").FillAsync("Dana");
        await Shot(page, "05-item");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save item" }).ClickAsync();
        await Arrive(page, @"/register/items/\d+\?saved=true$");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Matrix", Exact = true }).First.ClickAsync();
        await Arrive(page, "/matrix$");
        await Expect(mfa).ToHaveClassAsync(new Regex(@"\bq-plan-and-invest\b"));
        await Shot(page, "06-matrix-after-move");

        await page.GetByRole(AriaRole.Link, new() { Name = "Roadmap" }).ClickAsync();
        await Arrive(page, "/roadmap$");
        await Expect(page.Locator("main table")).ToContainTextAsync("Turn on multi-factor authentication");
        await Shot(page, "07-roadmap");

        // Answer an assessment: a question that depends on an earlier answer appears once it is saved; then score it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Assessments" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Warning signs" }).ClickAsync();
        await Arrive(page, "/assessments/warning-signs$");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save answers" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Which systems does only that person understand?")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Group, new() { Name = "Is there a system that only one person really understands?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Is there a staging or test copy" }).GetByLabel("No").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save answers" }).ClickAsync();
        await page.GetByLabel("Which systems does only that person understand?").FillAsync("Accounting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save answers" }).ClickAsync();
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("Saved: 3 of 12");
        await Shot(page, "07b-questionnaire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Score into register" }).ClickAsync();
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("Scored into the register");
        await Expect(page.Locator(".findings")).ToContainTextAsync("no staging environment");

        // Audit a repository from the Audits page: the job runs in the background and the page reloads itself until it is done.
        using var repo = GitRepoBuilder.Init().WithFile("app.py", "print('shop')\n").WithFile(".env", "DB_PASSWORD=fixture-not-a-secret\n").Commit("first");
        await page.GetByRole(AriaRole.Link, new() { Name = "Audits" }).ClickAsync();
        await page.GetByLabel("What to run").SelectOptionAsync(new SelectOptionValue { Label = "Repository audit" });
        await page.GetByLabel("Target").FillAsync(repo.Path);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.Locator("table.jobs tr.job-finished").WaitForAsync(new() { Timeout = 120_000 });
        await Shot(page, "07c-audits");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register" }).First.ClickAsync();
        await Arrive(page, "/register$");
        await Expect(page.Locator("main table")).ToContainTextAsync("Remove committed secret files");

        // Export the engagement from its overview page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Overview" }).ClickAsync();
        await Arrive(page, @"/engagements/\d+$");
        await Expect(page.Locator("ul.exports a").First).ToBeVisibleAsync();
        await Shot(page, "08-overview");
        var reportLinks = page.Locator("ul.exports a");
        var count = await reportLinks.CountAsync();
        count.ShouldBeGreaterThan(0);
        for (var i = 0; i < count; i++)
        {
            var download = await page.RunAndWaitForDownloadAsync(() => reportLinks.Nth(i).ClickAsync());
            var path = await download.PathAsync();
            // The PDF is read back as text where poppler is installed; otherwise it must at least be a PDF.
            var pdf = download.SuggestedFilename.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
            var text = !pdf ? await File.ReadAllTextAsync(path!)
                : File.Exists(PdfText.Executable) ? string.Join("\n", PdfText.Pages(await File.ReadAllBytesAsync(path!)))
                : null;
            if (text is null) (await File.ReadAllTextAsync(path!)).ShouldStartWith("%PDF-", Case.Sensitive, download.SuggestedFilename);
            else text.ShouldContain("multi-factor", Case.Insensitive, download.SuggestedFilename);
            await download.SaveAsAsync(Path.Combine(Screenshots, download.SuggestedFilename));
        }

        errors.ShouldBeEmpty();
    }

    /// <summary>Waits until the address bar matches <paramref name="pattern"/>. Expect polls the URL; WaitForURL also
    /// waits for the load event and, when a redirect lands between its URL check and its subscription, waits forever.</summary>
    private static Task Arrive(IPage page, string pattern) => Expect(page).ToHaveURLAsync(new Regex(pattern));

    private static async Task AddSystem(IPage page, string name, string people, string admins)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a system" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Kind").FillAsync("saas");
        await page.GetByLabel("People who know how to run it").FillAsync(people);
        await page.GetByLabel("Admin accounts").FillAsync(admins);
        // Backed up, with a recent restore test, so the restore check passes and the matrix shows exactly the three problems.
        await page.GetByRole(AriaRole.Group, new() { Name = "Backed up" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("Last tested restore").FillAsync(TimeProvider.System.GetUtcNow().AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save system" }).ClickAsync();
        await Arrive(page, "/inventory$");
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
}
