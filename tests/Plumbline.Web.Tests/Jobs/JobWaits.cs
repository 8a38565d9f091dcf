using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Jobs;

/// <summary>Waits for the background worker by polling the database, with a generous bound (never a timing assertion).</summary>
internal static class JobWaits
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    public static async Task<AuditJob> UntilDoneAsync(WorkspaceFactory factory, int jobId)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using (var db = factory.OpenDb())
            {
                var job = await db.AuditJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
                if (job.State is AuditJobState.Finished or AuditJobState.Failed)
                {
                    return job;
                }

                waited.Elapsed.ShouldBeLessThan(Bound, $"job {jobId} still {job.State}: {job.Progress}");
            }

            await Task.Delay(100);
        }
    }

    public static async Task<int> LatestJobIdAsync(WorkspaceFactory factory, int engagementId)
    {
        await using var db = factory.OpenDb();
        return await db.AuditJobs.Where(j => j.EngagementId == engagementId).MaxAsync(j => j.Id);
    }
}
