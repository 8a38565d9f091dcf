using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Plumbline.Checks.Audit;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;
using Plumbline.Web.Jobs;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Jobs;

public sealed class JobProgressTests
{
    [Fact]
    public async Task Progress_lines_are_stored_with_the_stage_number_and_the_last_one_wins()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");
        int jobId;
        await using (var db = factory.OpenDb())
        {
            // Running, so the app's own worker leaves it alone.
            var job = new AuditJob { EngagementId = id, Kind = "audit", Target = "/srv/shop", State = AuditJobState.Running, CreatedAt = factory.Time.GetUtcNow() };
            db.AuditJobs.Add(job);
            await db.SaveChangesAsync();
            jobId = job.Id;
        }

        var database = factory.Services.GetRequiredService<WorkspaceDatabase>();
        await using (var progress = new JobProgress(database, jobId, factory.Time, ["inventory", "secrets", "history"], NullLogger.Instance))
        {
            progress.Report(new AuditProgress("inventory", "starting", 0));
            progress.Report(new AuditProgress("inventory", "done", 1));
            progress.Report(new AuditProgress("secrets", "scanning files", 0.4));
            // Same stage, same instant on the fake clock: throttled away.
            progress.Report(new AuditProgress("secrets", "scanning files", 0.5));
        }

        await using var check = factory.OpenDb();
        var stored = await check.AuditJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
        stored.Progress.ShouldBe("Stage 2 of 3 · secrets: scanning files (40%)");
    }

    [Fact]
    public void An_error_shown_to_people_is_one_line_of_at_most_500_characters()
    {
        JobWorker.OneLine("no such folder\n   at Plumbline.Something()").ShouldBe("no such folder");
        JobWorker.OneLine(new string('x', 900)).Length.ShouldBe(JobProgress.MaxLength);
    }
}
