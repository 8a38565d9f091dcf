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
    public async Task A_report_imported_by_mistake_is_removed_from_the_register_after_a_confirmation()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");
        (await UploadAsync(admin, id, "site.json", JsonReport())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var audits = $"/engagements/{id}/audits";

        var link = (await admin.PageAsync(audits)).QuerySelectorAll("a").Single(a => a.TextContent.Contains("Remove from register", StringComparison.Ordinal));
        var confirm = await admin.PageAsync(link.GetAttribute("href")!);

        var card = confirm.QuerySelector("#remove")!;
        card.TextContent.ShouldContain("Remove Imported report from the register?");
        card.TextContent.ShouldContain("its 2 finding(s)");
        card.TextContent.ShouldContain("1 item(s) that only it supports");
        card.QuerySelector("li a")!.TextContent.ShouldBe("Turn on multi-factor authentication for every admin account");
        var source = card.QuerySelector("input[name=source]")!.GetAttribute("value")!;
        await using (var db = factory.OpenDb())
        {
            (await db.Items.CountAsync(i => i.EngagementId == id)).ShouldBe(1, "asking for the confirmation changes nothing");
        }

        var removed = await admin.PostFormAsync(audits, new Dictionary<string, string> { ["source"] = source }, postUrl: audits + "?handler=Remove");

        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetAsync(audits)).Body.ShouldContain("Removed Imported report from the register: 2 finding(s) and 1 item(s)");
        await using var check = factory.OpenDb();
        (await check.Items.CountAsync(i => i.EngagementId == id)).ShouldBe(0);
        (await check.Findings.CountAsync(f => f.EngagementId == id)).ShouldBe(0);
    }

    [Fact]
    public async Task Inventory_evidence_cannot_be_removed_as_if_it_were_a_report()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");
        await Workspace.AddSystemAsync(admin, id, "Payroll", new Dictionary<string, string> { ["Input.PeopleWhoKnowIt"] = "1" });
        int before;
        await using (var db = factory.OpenDb())
        {
            before = await db.Findings.CountAsync(f => f.EngagementId == id && f.Source == "inventory");
        }

        var audits = $"/engagements/{id}/audits";
        var (status, body) = await admin.PostAsync(audits, new Dictionary<string, string> { ["source"] = "inventory" }, postUrl: audits + "?handler=Remove");

        status.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Only an imported report or the results of an audit or check can be removed");
        before.ShouldBeGreaterThan(0);
        await using var check = factory.OpenDb();
        (await check.Findings.CountAsync(f => f.EngagementId == id && f.Source == "inventory")).ShouldBe(before);
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
