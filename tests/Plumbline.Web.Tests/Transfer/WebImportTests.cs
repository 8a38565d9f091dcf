using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Engagements;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Transfer;

/// <summary>Importing a backup from the web (issue 24): administrators only, the CLI's validation, and a second import of
/// the same engagement asks to replace it or keep both.</summary>
public sealed class WebImportTests
{
    private const string Url = "/engagements/import";

    private static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> UploadAsync(Browser browser, string fileName, string content)
    {
        var page = await browser.PageAsync(Url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new StringContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "backup", fileName);
        var response = await browser.Client.PostAsync(Url, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    private static async Task<HttpResponseMessage> ResolveAsync(Browser browser, string questionPage, string choice)
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(questionPage);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = doc.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["token"] = doc.QuerySelector("input[name=token]")!.GetAttribute("value")!,
            ["choice"] = choice,
        };
        return await browser.Client.PostAsync(Url + "?handler=Resolve", new FormUrlEncodedContent(fields));
    }

    private static async Task<string> DemoBackupAsync(WorkspaceFactory factory, Browser admin)
    {
        int demo;
        await using (var db = factory.OpenDb())
        {
            demo = await DemoEngagement.SeedAsync(db, factory.Time, CancellationToken.None);
            await DemoEngagement.EnsureMembersAsync(db, CancellationToken.None);
        }

        return (await admin.GetAsync($"/engagements/{demo}/export.json")).Body;
    }

    [Fact]
    public async Task The_same_backup_twice_offers_replace_or_keep_both_and_each_does_what_it_says()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var backup = await DemoBackupAsync(factory, admin);

        // The demo is already there: the upload asks, and writes nothing yet.
        var (status, question, _) = await UploadAsync(admin, "harbor.json", backup);
        status.ShouldBe(HttpStatusCode.OK);
        question.ShouldContain($"An engagement called {WebUtility.HtmlEncode(DemoEngagement.Name)} already exists");
        question.ShouldContain($"Keep both: import it as <strong>{WebUtility.HtmlEncode(DemoEngagement.Name)} (2)</strong>");
        await using (var db = factory.OpenDb())
        {
            (await db.Engagements.CountAsync()).ShouldBe(1);
        }

        var kept = await ResolveAsync(admin, question, "keep-both");
        kept.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetAsync(kept.Headers.Location!.ToString())).Body.ShouldContain("Imported Demo: Harbor &amp; Pine Supply (2) (4 systems,");

        // Again: now two engagements share the stem; replace the first one.
        int original;
        await using (var db = factory.OpenDb())
        {
            original = await db.Engagements.Where(e => e.Name == DemoEngagement.Name).Select(e => e.Id).SingleAsync();
        }

        (_, question, _) = await UploadAsync(admin, "harbor.json", backup);
        question.ShouldContain($"{WebUtility.HtmlEncode(DemoEngagement.Name)} (3)");
        var replaced = await ResolveAsync(admin, question, $"replace-{original}");
        replaced.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var db = factory.OpenDb())
        {
            var names = await db.Engagements.OrderBy(e => e.Id).Select(e => new { e.Id, e.Name }).ToListAsync();
            names.Select(n => n.Name).ShouldBe([DemoEngagement.Name + " (2)", DemoEngagement.Name]);
            names.ShouldNotContain(n => n.Id == original);
            var copy = names[^1].Id;
            (await db.Systems.CountAsync(s => s.EngagementId == copy)).ShouldBe(4);
            (await db.Systems.Where(s => s.EngagementId == copy && s.Name == "Old CRM").Select(s => s.NoticeDays).SingleAsync()).ShouldBe(60);
        }
    }

    [Fact]
    public async Task A_broken_backup_lists_the_same_lines_as_plumb_import_and_writes_nothing()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);

        var (status, body, _) = await UploadAsync(admin, "e.json", "{\"engagement\":{\"name\":\"a\",\"clientName\":\"b\"},\"items\":null}");

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Nothing was imported");
        body.ShouldContain("e.json: $.items may be left out but not null (write [] for none)");
        await using var db = factory.OpenDb();
        (await db.Engagements.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_consultant_cannot_import()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, "con@example.test", "Consultant");
        using var consultant = await Workspace.SignInAsync(factory, "con@example.test");

        // As for the Users page: the access-denied path leads to the 403 page.
        var (status, _, response) = await consultant.GetAsync(Url);
        status.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/status/403");
        (await admin.GetAsync("/")).Body.ShouldContain("Import an engagement backup");
        (await consultant.GetAsync("/")).Body.ShouldNotContain("Import an engagement backup");
    }
}
