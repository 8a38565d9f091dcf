using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Findings;
using Plumbline.Web.Proposals;
using Plumbline.Web.Tests.Support;
using static Plumbline.Web.Tests.Proposals.ProposalUploads;

namespace Plumbline.Web.Tests.Proposals;

/// <summary>The engagement's Proposals page: upload, review with the command line's code, side by side, register, limits.</summary>
public sealed class ProposalPagesTests
{
    private const string Client = "client@example.test";

    [Fact]
    public async Task Two_uploaded_proposals_are_reviewed_side_by_side_and_their_unsettled_topics_join_the_register()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Ashdown CRM");

        var upload = await UploadAsync(admin, id, Corpus("crm-good.md"), Corpus("crm-typical.md"));
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.PageAsync(Url(id));
        page.QuerySelector(".notice")!.TextContent.ShouldContain("Uploaded crm-good.md, crm-typical.md");

        // One topics × vendors table, then each proposal's own table with the quoted sentence and where it is.
        var side = page.QuerySelector("#proposal-side-by-side table")!;
        side.QuerySelectorAll("thead th").Length.ShouldBe(3);
        var ownership = side.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Source code", StringComparison.Ordinal));
        ownership.QuerySelectorAll("td")[0].TextContent.ShouldBe("Addressed");
        var good = page.QuerySelectorAll("section.proposal-table").Single(s => s.QuerySelector("h3")!.TextContent == "crm-good.md: topic by topic");
        good.TextContent.ShouldContain("The Client will own all source code");
        page.QuerySelector("#proposal-questions")!.TextContent.ShouldContain("Ask");

        await using (var db = factory.OpenDb())
        {
            (await db.Proposals.CountAsync(p => p.EngagementId == id)).ShouldBe(2);
            var findings = await db.Findings.Where(f => f.EngagementId == id && f.Source == ProposalRegister.Source).ToListAsync();
            findings.ShouldContain(f => f.Outcome == Outcome.Fail && f.ItemId != null);
            var items = await db.Items.Where(i => i.EngagementId == id).Select(i => i.RecommendationId).ToListAsync();
            items.ShouldNotBeEmpty();
            items.ShouldAllBe(r => r != null && r.StartsWith("ask-vendor", StringComparison.Ordinal));
        }

        // A revised proposal under the same name replaces the first and its evidence: nothing piles up.
        int findingsBefore;
        await using (var db = factory.OpenDb())
        {
            findingsBefore = await db.Findings.CountAsync(f => f.EngagementId == id);
        }

        (await UploadAsync(admin, id, Corpus("crm-typical.md"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = factory.OpenDb())
        {
            (await db.Proposals.CountAsync(p => p.EngagementId == id)).ShouldBe(2);
            (await db.Findings.CountAsync(f => f.EngagementId == id)).ShouldBe(findingsBefore);
        }

        // Deleting one leaves a single review and no side-by-side table; deleting the last takes its evidence and the
        // items only it made out of the register.
        await DeleteAsync(admin, id, "crm-good.md");
        page = await admin.PageAsync(Url(id));
        page.QuerySelector("#proposal-side-by-side").ShouldBeNull();
        page.QuerySelector("#proposal-review")!.TextContent.ShouldContain("crm-typical.md");
        await DeleteAsync(admin, id, "crm-typical.md");
        await using (var db = factory.OpenDb())
        {
            (await db.Proposals.CountAsync(p => p.EngagementId == id)).ShouldBe(0);
            (await db.Findings.CountAsync(f => f.EngagementId == id && f.Source == ProposalRegister.Source)).ShouldBe(0);
            (await db.Items.CountAsync(i => i.EngagementId == id)).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_bad_upload_is_one_line_naming_the_file_and_nothing_is_stored()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");

        await ShouldRefuseAsync(admin, id, "does not start like a PDF", Text("quote.pdf", "Web shop quote, renamed from text"));
        await ShouldRefuseAsync(admin, id, "'.doc' is not a format the review reads", Text("quote.doc", "old Word"));
        await ShouldRefuseAsync(admin, id, "quote.exe: '.exe' is not a format", Text("quote.exe", "MZ"));
        await ShouldRefuseAsync(admin, id, "quote.md: the file is empty", ("quote.md", []));
        await ShouldRefuseAsync(admin, id, "big.txt: 20.0 MB is over the 20 MB limit", ("big.txt", new byte[(20 * 1024 * 1024) + 1]));
        await ShouldRefuseAsync(admin, id, "Choose one or more proposal files");

        // One bad file stops the whole upload, with the good one in it.
        await ShouldRefuseAsync(admin, id, "notes.pdf: does not start like a PDF", Corpus("crm-good.md"), Text("notes.pdf", "plain"));

        // At most five: the sixth is refused, and replacing one of the five still works.
        var five = Enumerable.Range(1, 5).Select(n => Text($"vendor-{n}.txt", $"Vendor {n} will build the site. The client owns the source code.")).ToArray();
        (await UploadAsync(admin, id, five)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ShouldRefuseAsync(admin, id, "at most 5 proposals", Text("vendor-6.txt", "A sixth."), five[0]);
        (await UploadAsync(admin, id, Text("VENDOR-1.txt", "Vendor 1, revised. The client owns the source code."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.OpenDb();
        (await db.Proposals.CountAsync(p => p.EngagementId == id)).ShouldBe(5);
    }

    [Fact]
    public async Task A_client_member_reads_the_review_but_cannot_upload_or_delete()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shared");
        await Workspace.CreateUserAsync(admin, Client, "Client");
        await Workspace.AddMemberAsync(admin, id, Client, "Client");
        (await UploadAsync(admin, id, Corpus("web-redesign-bad.md"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var client = await Workspace.SignInAsync(factory, Client);

        var page = await client.PageAsync(Url(id));
        page.QuerySelector("#proposal-review")!.TextContent.ShouldContain("Red flag");
        page.QuerySelector("input[type=file]").ShouldBeNull();
        page.QuerySelectorAll("button").ShouldNotContain(b => b.TextContent == "Delete");

        (await UploadAsync(client, id, Corpus("crm-good.md"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        int proposalId;
        await using (var db = factory.OpenDb())
        {
            proposalId = await db.Proposals.Where(p => p.EngagementId == id).Select(p => p.Id).SingleAsync();
        }

        var delete = await client.PostFormAsync(Url(id), new Dictionary<string, string> { ["proposalId"] = proposalId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Url(id) + "?handler=Delete");
        delete.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using (var db = factory.OpenDb())
        {
            (await db.Proposals.Where(p => p.EngagementId == id).Select(p => p.FileName).ToListAsync()).ShouldBe(["web-redesign-bad.md"]);
        }
    }

    private static async Task ShouldRefuseAsync(Browser admin, int id, string message, params (string Name, byte[] Content)[] files)
    {
        int before;
        await using (var db = admin.Factory.OpenDb())
        {
            before = await db.Proposals.CountAsync(p => p.EngagementId == id);
        }

        var response = await UploadAsync(admin, id, files);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector(".errors")!.TextContent.ShouldContain(message);
        await using (var db = admin.Factory.OpenDb())
        {
            (await db.Proposals.CountAsync(p => p.EngagementId == id)).ShouldBe(before);
        }
    }

    private static async Task DeleteAsync(Browser admin, int id, string name)
    {
        await using var db = admin.Factory.OpenDb();
        var proposalId = await db.Proposals.Where(p => p.EngagementId == id && p.FileName == name).Select(p => p.Id).SingleAsync();
        var response = await admin.PostFormAsync(Url(id), new Dictionary<string, string> { ["proposalId"] = proposalId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Url(id) + "?handler=Delete");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
