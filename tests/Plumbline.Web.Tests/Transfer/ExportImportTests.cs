using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;
using Plumbline.Web.Tests.Support;
using Plumbline.Web.Transfer;

namespace Plumbline.Web.Tests.Transfer;

public sealed class ExportImportTests
{
    [Fact]
    public async Task An_exported_engagement_imports_into_an_identical_copy()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        int demoId;
        await using (var db = factory.OpenDb())
        {
            demoId = await DemoEngagement.SeedAsync(db, factory.Time, CancellationToken.None);
            await DemoEngagement.EnsureMembersAsync(db, CancellationToken.None);
        }

        // Give an item a dependency and an owner so those round-trip too.
        await using (var db = factory.OpenDb())
        {
            var items = await db.Items.Where(i => i.EngagementId == demoId).OrderBy(i => i.Id).ToListAsync();
            items[1].DependsOn.Add(new ItemDependency { DependsOnId = items[0].Id });
            items[1].Owner = "Sam";
            db.AssessmentResponses.Add(new AssessmentResponse
            {
                EngagementId = demoId,
                TemplateId = "warning-signs",
                Answers = "template: warning-signs\nanswers:\n  single-person-system: yes\n  which-systems: \"Payroll: only Sam\"\n",
                UpdatedBy = Workspace.AdminEmail,
                UpdatedAt = factory.Time.GetUtcNow(),
                ScoredAt = factory.Time.GetUtcNow().AddMinutes(5),
            });
            await db.SaveChangesAsync();
        }

        var (status, json, _) = await admin.GetAsync($"/engagements/{demoId}/export.json");
        status.ShouldBe(HttpStatusCode.OK);
        var read = EngagementImporter.Read(json, "export.json");
        read.Success.ShouldBeTrue(string.Join("; ", read.Errors));
        read.Value.Systems.Count.ShouldBe(4);
        read.Value.Items.ShouldContain(i => i.DependsOn.Count == 1 && i.Owner == "Sam");
        read.Value.Items.SelectMany(i => i.Findings).ShouldNotBeEmpty();
        var answers = read.Value.Assessments.ShouldHaveSingleItem();
        (answers.TemplateId, answers.UpdatedBy, answers.ScoredAt).ShouldBe(("warning-signs", Workspace.AdminEmail, factory.Time.GetUtcNow().AddMinutes(5)));
        answers.Answers.ShouldContain("Payroll: only Sam");

        int copyId;
        await using (var db = factory.OpenDb())
        {
            (copyId, var unknown) = await EngagementImporter.ImportAsync(db, read.Value, [], CancellationToken.None);
            unknown.ShouldBeEmpty();
        }

        copyId.ShouldNotBe(demoId);
        await using (var db = factory.OpenDb())
        {
            var again = await EngagementExporter.ExportAsync(db, copyId, CancellationToken.None);
            JsonSerializer.Serialize(again, TransferJson.Options).ShouldBe(JsonSerializer.Serialize(read.Value, TransferJson.Options));
        }

        // The copy is reachable by its members, like the original, answers included.
        (await admin.GetAsync($"/engagements/{copyId}/matrix")).Status.ShouldBe(HttpStatusCode.OK);
        (await admin.PageAsync($"/engagements/{copyId}/assessments/warning-signs")).QuerySelector("textarea[name='a.which-systems']")!.TextContent.ShouldBe("Payroll: only Sam");
    }

    [Theory]
    [InlineData("{", "not an engagement export")]
    [InlineData("{\"schemaVersion\":9,\"engagement\":{\"name\":\"a\",\"clientName\":\"b\"}}", "schemaVersion 9 is not supported")]
    [InlineData("{\"engagement\":{\"name\":\"a\",\"clientName\":\"b\"},\"data\":[{\"system\":\"Ghost\",\"dataKind\":\"customers\",\"sourceOfTruth\":true}]}", "held in 'Ghost', which is not in systems")]
    [InlineData("{\"engagement\":{\"name\":\"a\",\"clientName\":\"b\"},\"items\":[{\"key\":\"a\",\"title\":\"A\",\"impact\":3,\"effort\":2,\"dependsOn\":[\"b\"]},{\"key\":\"b\",\"title\":\"B\",\"impact\":3,\"effort\":2,\"dependsOn\":[\"a\"]}]}", "dependency cycle")]
    [InlineData("{\"engagement\":{\"name\":\"a\",\"clientName\":\"b\"},\"surprise\":1}", "$.surprise is not a field of an engagement export")]
    [InlineData("{\"engagement\":{\"name\":\"a\",\"clientName\":\"b\"},\"assessments\":[{\"templateId\":\"astrology\",\"answers\":\"\"}]}", "assessment 'astrology' is not a built-in template")]
    [InlineData("{\"engagement\":{\"name\":\"a\",\"clientName\":\"b\"},\"assessments\":[{\"templateId\":\"security-basics\",\"answers\":\"template: security-basics\\nanswers:\\n  admin-count: lots\\n\"}]}", "must be a number, not 'lots'")]
    public void A_broken_export_is_refused_with_a_reason(string json, string expected)
    {
        var read = EngagementImporter.Read(json, "broken.json");

        read.Success.ShouldBeFalse();
        string.Join("; ", read.Errors).ShouldContain(expected);
        read.Errors[0].Source.ShouldBe("broken.json");
    }

    [Fact]
    public async Task A_failed_import_leaves_no_half_engagement_behind()
    {
        using var factory = new WorkspaceFactory();
        (await Workspace.AdminAsync(factory)).Dispose();
        var doc = new EngagementDocument
        {
            Engagement = new EngagementDocument.EngagementPart { Name = "Half", ClientName = "Half" },
            Systems = [new EngagementDocument.SystemPart { Name = "A" }],
            // Duplicate keys skip Read's validation here and fail mid-import, after the engagement row is written.
            Items = [new EngagementDocument.ItemPart { Key = "x", Title = "X", Impact = 3, Effort = 2 }, new EngagementDocument.ItemPart { Key = "x", Title = "Y", Impact = 3, Effort = 2 }],
        };

        await using (var db = factory.OpenDb())
        {
            await Should.ThrowAsync<Exception>(() => EngagementImporter.ImportAsync(db, doc, [], CancellationToken.None));
        }

        await using var check = factory.OpenDb();
        (await check.Engagements.CountAsync()).ShouldBe(0);
        (await check.Systems.CountAsync()).ShouldBe(0);
    }
}
