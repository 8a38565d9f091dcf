using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Web.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Register;

/// <summary>The register, matrix and roadmap reuse their rendering per register stamp; a change from anywhere must show at once.</summary>
public sealed class RegisterCacheTests
{
    private static RegisterItem NewItem(int engagementId, string key, string title) => new()
    {
        EngagementId = engagementId,
        Key = key,
        Title = title,
        Impact = 4,
        Effort = 2,
        Phase = Phase.RiskReduction,
        Status = ItemStatus.Open,
        Origin = ItemOrigin.Manual,
    };

    [Fact]
    public async Task A_change_written_by_another_context_shows_on_every_register_page_at_once()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        await using (var db = factory.OpenDb())
        {
            db.Items.Add(NewItem(id, "runbook", "Write the runbook"));
            await db.SaveChangesAsync();
        }

        foreach (var page in new[] { "register", "matrix", "roadmap" })
        {
            (await admin.PageAsync($"/engagements/{id}/{page}")).Body!.TextContent.ShouldContain("Write the runbook");
        }

        // As `plumb import` or a second server on the same database would: a separate context, nothing shared in memory.
        await using (var db = factory.OpenDb())
        {
            var item = await db.Items.SingleAsync(i => i.EngagementId == id);
            item.Title = "Write the restore runbook";
            await db.SaveChangesAsync();
        }

        foreach (var page in new[] { "register", "matrix", "roadmap" })
        {
            var text = (await admin.PageAsync($"/engagements/{id}/{page}")).Body!.TextContent;
            text.ShouldContain("Write the restore runbook", customMessage: page);
        }
    }

    [Fact]
    public async Task A_new_dependency_renews_the_stamp_and_audit_job_progress_does_not()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Bakery");
        int first, second;
        await using (var db = factory.OpenDb())
        {
            var a = NewItem(id, "a", "Pick a backup tool");
            var b = NewItem(id, "b", "Back up the books");
            db.Items.AddRange(a, b);
            db.AuditJobs.Add(new AuditJob { EngagementId = id, Kind = "audit", Target = "/srv/shop" });
            await db.SaveChangesAsync();
            (first, second) = (a.Id, b.Id);
        }

        var before = await StampAsync(factory, id);
        await using (var db = factory.OpenDb())
        {
            db.ItemDependencies.Add(new ItemDependency { ItemId = second, DependsOnId = first });
            await db.SaveChangesAsync();
        }

        var afterDependency = await StampAsync(factory, id);
        await using (var db = factory.OpenDb())
        {
            (await db.AuditJobs.SingleAsync(j => j.EngagementId == id)).Progress = "repo: reading files";
            await db.SaveChangesAsync();
        }

        afterDependency.ShouldNotBe(before);
        (await StampAsync(factory, id)).ShouldBe(afterDependency);
    }

    private static async Task<Guid> StampAsync(WorkspaceFactory factory, int id)
    {
        await using var db = factory.OpenDb();
        return await db.Engagements.Where(e => e.Id == id).Select(e => e.RegisterStamp).SingleAsync();
    }
}
