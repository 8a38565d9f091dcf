using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Model;
using Plumbline.Reports.Writers;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Audits;

public sealed class ReportImportTests
{
    private static string JsonReport()
    {
        var findings = new List<Finding>
        {
            new("site.hsts", "enforce-mfa-for-admins", Outcome.Fail, Severity.High, "Admin panel without MFA", new Location(Record: "https://shop.example.test/admin"), Fingerprint.Of("site.hsts", "admin")),
            new("site.tls", "enforce-mfa-for-admins", Outcome.Pass, Severity.Info, "TLS 1.2+ only", new Location(Record: "shop.example.test"), Fingerprint.Of("site.tls")),
        };
        var catalog = RecommendationCatalog.BuiltIn;
        var items = ItemsFromFindings.Build(findings, catalog);
        var report = ReportFactory.Create("shop.example.test — site check", "check-site", "https://shop.example.test", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), findings, items, new PlanSettings(new DateOnly(2026, 3, 2), 8), catalog).Value;
        using var text = new StringWriter();
        ReportWriters.Find("json")!.Write(report, text);
        return text.ToString();
    }

    private static async Task<HttpResponseMessage> UploadAsync(Browser browser, int engagementId, string fileName, string content)
    {
        var url = $"/engagements/{engagementId}/audits";
        var page = await browser.PageAsync(url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new StringContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "report", fileName);
        return await browser.Client.PostAsync(url, form);
    }

    [Fact]
    public async Task An_imported_json_report_adds_its_items_with_evidence_and_reimporting_does_not_duplicate()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");
        var json = JsonReport();

        (await UploadAsync(admin, id, "site.json", json)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetAsync($"/engagements/{id}/audits")).Body.ShouldContain("1 new item(s)");
        (await UploadAsync(admin, id, "site.json", json)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = factory.OpenDb();
        var item = await db.Items.Include(i => i.Findings).SingleAsync(i => i.EngagementId == id);
        item.Key.ShouldBe("enforce-mfa-for-admins");
        item.Origin.ShouldBe(ItemOrigin.Findings);
        item.Findings.Count.ShouldBe(1);
        item.Findings[0].Detail.ShouldBe("Admin panel without MFA");
        (await db.Findings.CountAsync(f => f.EngagementId == id)).ShouldBe(2);
    }

    [Fact]
    public async Task A_file_that_is_not_a_report_is_explained_and_nothing_changes()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");

        var response = await UploadAsync(admin, id, "notes.json", "{\"hello\": 1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("notes.json");
        await using var db = factory.OpenDb();
        (await db.Items.CountAsync()).ShouldBe(0);
    }
}
