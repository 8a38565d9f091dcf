using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Tests.Support;
using Plumbline.Web.Transfer;
using static Plumbline.Web.Tests.Proposals.ProposalUploads;

namespace Plumbline.Web.Tests.Proposals;

/// <summary>Proposals travel in the engagement backup, byte for byte, and backups made before they existed still import.</summary>
public sealed class ProposalBackupTests
{
    [Fact]
    public async Task Proposals_round_trip_through_export_and_import_and_an_older_backup_without_them_imports()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Mobile app");
        var (badName, badBytes) = Corpus("mobile-app-bad.md");
        var (typicalName, typicalBytes) = Corpus("mobile-app-typical.md");
        (await UploadAsync(admin, id, (badName, badBytes), (typicalName, typicalBytes))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (status, json, _) = await admin.GetAsync($"/engagements/{id}/export.json");
        status.ShouldBe(HttpStatusCode.OK);
        var read = EngagementImporter.Read(json, "export.json");
        read.Success.ShouldBeTrue(string.Join("; ", read.Errors));
        read.Value.Proposals.Select(p => p.Name).ShouldBe([badName, typicalName]);
        Convert.FromBase64String(read.Value.Proposals[0].Content).ShouldBe(badBytes);
        read.Value.Proposals[0].UploadedBy.ShouldBe(Workspace.AdminEmail);

        int copyId;
        await using (var db = factory.OpenDb())
        {
            (copyId, _) = await EngagementImporter.ImportAsync(db, read.Value, [], CancellationToken.None);
        }

        await using (var db = factory.OpenDb())
        {
            var copied = await db.Proposals.Where(p => p.EngagementId == copyId).OrderBy(p => p.FileName).ToListAsync();
            copied.Select(p => p.FileName).ShouldBe([badName, typicalName]);
            copied[1].Content.ShouldBe(typicalBytes);
        }

        // The copy's review is the same review: its register came with the backup, and its page sets them side by side.
        (await admin.PageAsync(Url(copyId))).QuerySelector("#proposal-side-by-side").ShouldNotBeNull();

        // A backup written before proposals existed has no "proposals" field at all.
        var old = JsonNode.Parse(json)!.AsObject();
        old.Remove("proposals").ShouldBeTrue();
        var readOld = EngagementImporter.Read(old.ToJsonString(), "old.json");
        readOld.Success.ShouldBeTrue(string.Join("; ", readOld.Errors));
        readOld.Value.Proposals.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("quote.md", "not base64!", "proposal 'quote.md': content is not base64")]
    [InlineData("quote.pdf", "plain text", "proposal quote.pdf: does not start like a PDF")]
    [InlineData("quote.exe", "MZ", "proposal quote.exe: '.exe' is not a format the review reads")]
    [InlineData("quote.md", "", "proposal quote.md: the file is empty")]
    public void A_backup_with_a_proposal_the_review_cannot_read_is_refused_with_its_name(string name, string content, string expected)
    {
        var encoded = content == "not base64!" ? content : Convert.ToBase64String(Encoding.UTF8.GetBytes(content));
        var json = new JsonObject
        {
            ["engagement"] = new JsonObject { ["name"] = "a", ["clientName"] = "b" },
            ["proposals"] = new JsonArray(new JsonObject { ["name"] = name, ["content"] = encoded }),
        }.ToJsonString();

        var read = EngagementImporter.Read(json, "broken.json");

        read.Success.ShouldBeFalse();
        string.Join("; ", read.Errors).ShouldContain(expected);
    }

    [Fact]
    public void A_backup_proposal_without_its_content_names_the_field()
    {
        var read = EngagementImporter.Read("{\"engagement\":{\"name\":\"a\",\"clientName\":\"b\"},\"proposals\":[{\"name\":\"q.md\"}]}", "broken.json");

        read.Success.ShouldBeFalse();
        read.Errors[0].Message.ShouldBe("$.proposals[0].content is required");
    }
}
