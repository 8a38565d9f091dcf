using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Runs;
using Plumbline.Checks.Vulnerabilities.Index;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Writers;
using Plumbline.Testing.Browser;
using Plumbline.Testing.Git;
using Plumbline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Plumbline.Web.Tests.EndToEnd;

/// <summary>Issue 23's "done means": two audits of a repository a week apart (a key removed, a vulnerable dependency
/// upgraded in between) imported in a real browser show 2 fixed, close their register items, move the trend, and the
/// month's progress report says so; a third audit with both back reopens the items.</summary>
public sealed class ProgressJourneyTests : IDisposable
{
    private const string Password = "correct horse battery";
    private static readonly DateTimeOffset FirstAudit = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("plumb-progress-");

    public void Dispose() => _temp.Delete(recursive: true);

    [ChromiumFact]
    public async Task Two_audits_a_week_apart_show_two_fixed_close_the_items_move_the_trend_and_fill_the_progress_report()
    {
        var reports = await ThreeAuditsAsync();

        await using var workspace = await LiveWorkspace.StartAsync();
        await using var browser = await BrowserSession.StartAsync(1280);
        var page = browser.Page;

        await page.GotoAsync(workspace.SetupUrl);
        await page.GetByLabel("Your name").FillAsync("Ada Admin");
        await page.GetByLabel("Email").FillAsync("ada@example.test");
        await page.GetByLabel("Password (12 characters or more)").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await page.GetByLabel("Engagement name").FillAsync("Retainer");
        await page.GetByLabel("Client (business name)").FillAsync("Crumb & Co");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create engagement" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inventory$"));
        var engagement = Regex.Match(page.Url, "/engagements/([^/]+)/").Groups[1].Value;
        var overview = $"{workspace.BaseUrl}/engagements/{engagement}";

        async Task ImportAsync(string file)
        {
            await page.GotoAsync(overview + "/audits");
            await page.GetByLabel("JSON report").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import report" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported");
        }

        // The first audit: nothing to compare with yet; the key and the vulnerable package are open items.
        await ImportAsync(reports[0]);
        await page.GotoAsync(overview);
        var progress = page.Locator("#progress");
        await Expect(progress).ToContainTextAsync("Progress report for this month");
        await Expect(progress.Locator(".run-change")).ToHaveCountAsync(0);

        // A week later: the key is gone from the tree and the dependency upgraded.
        await ImportAsync(reports[1]);
        await page.GotoAsync(overview);
        await Expect(progress.Locator("[data-count=fixed]")).ToHaveTextAsync("2 fixed");
        var closed = progress.Locator(".status-changes li[data-to=Done]");
        await Expect(closed).ToHaveCountAsync(2);
        await Expect(closed.Filter(new() { HasText = "All its evidence was fixed" })).ToHaveCountAsync(2);
        var vulnerable = progress.Locator("svg.trend-chart g[data-series='Vulnerable packages'] circle");
        await Expect(vulnerable).ToHaveCountAsync(2);
        (await vulnerable.EvaluateAllAsync<string[]>("cs => cs.map(c => c.getAttribute('data-value'))")).ShouldBe(["1", "0"]);

        // The register shows both items as done.
        await page.GotoAsync(overview + "/register");
        foreach (var title in await closed.Locator("bdi").AllInnerTextsAsync())
        {
            await Expect(page.Locator("tr").Filter(new() { HasText = title }).First).ToContainTextAsync("Done");
        }

        // November's progress report: two items done on 9 November by the re-audit, the run's 2 fixed, and next month's plan.
        await page.GotoAsync(overview + "/progress/2026-11");
        var done = page.Locator("#done tbody tr");
        await Expect(done).ToHaveCountAsync(2);
        await Expect(done.First).ToContainTextAsync("9 November");
        await Expect(done.First).ToContainTextAsync("Plumbline (re-audit)");
        await Expect(page.Locator("#runs")).ToContainTextAsync("2 fixed");
        await Expect(page.Locator("#new-risks")).ToContainTextAsync("history");
        await Expect(page.Locator("#hours [data-hours=done]")).Not.ToHaveTextAsync("0 h");

        // A third audit with the key and the old version back: a regression reopens both items, and the history keeps it all.
        await ImportAsync(reports[2]);
        await page.GotoAsync(overview);
        await Expect(progress.Locator("[data-count=regressed]")).ToHaveTextAsync("2 regressed");
        var reopened = progress.Locator(".status-changes li[data-to=Open]");
        await Expect(reopened).ToHaveCountAsync(2);
        var back = await reopened.Locator("bdi").AllInnerTextsAsync();
        await page.GotoAsync(overview + "/progress/2026-11");
        await Expect(page.Locator("#done li")).ToHaveCountAsync(2);
        foreach (var title in back)
        {
            // Back, so no longer counted as done; what the third run fixed in turn (the history-only key, now in the tree again) is.
            await Expect(page.Locator("#done li").Filter(new() { HasText = title })).ToHaveCountAsync(1);
            await Expect(page.Locator("#done tbody tr").Filter(new() { HasText = title })).ToHaveCountAsync(0);
        }
    }

    /// <summary>Three audits of the fixture a week apart: as it was, fixed, and both problems back.</summary>
    private async Task<string[]> ThreeAuditsAsync()
    {
        var data = Directory.CreateDirectory(Path.Combine(_temp.FullName, "data")).FullName;
        var advisories = Directory.CreateDirectory(Path.Combine(_temp.FullName, "osv")).FullName;
        await File.WriteAllTextAsync(Path.Combine(advisories, "FIXTURE-2026-0001.json"), ProgressFixture.Advisory);
        new OsvImporter(new VulnIndexStore(data), new FakeTimeProvider(FirstAudit.AddDays(-1))).Import([advisories]).Error.ShouldBeNull();
        var config = AuditConfigReader.Read($"vulnerabilities:\n  data: {data}\n  max-age-days: 60\n", "plumbline.yml", RecommendationCatalog.BuiltIn).Value;

        using var repo = GitRepoBuilder.Init();
        var files = new List<string>();
        for (var week = 0; week < 3; week++)
        {
            var at = FirstAudit.AddDays(7 * week);
            (week == 1 ? ProgressFixture.After(repo) : ProgressFixture.Before(repo)).Commit($"week {week}", when: at.AddHours(-1));
            var time = new FakeTimeProvider(at);
            var (target, error) = AuditTarget.Open(repo.Path, AuditSetup.CloneTimeout);
            target.ShouldNotBeNull(error);
            using (target)
            {
                var settings = new RepoAuditSettings(new CheckRunSettings(RecommendationCatalog.BuiltIn, time, DateOnly.FromDateTime(at.UtcDateTime)), config);
                var report = await RepoAudit.RunAsync(target, settings, CancellationToken.None);
                report.Success.ShouldBeTrue();
                var file = Path.Combine(_temp.FullName, $"audit-{week}.json");
                await using (var writer = new StreamWriter(file))
                {
                    new JsonReportWriter().Write(report.Value, writer);
                }

                files.Add(file);
            }
        }

        return [.. files];
    }
}
