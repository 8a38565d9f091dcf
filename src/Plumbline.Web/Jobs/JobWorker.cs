using Microsoft.EntityFrameworkCore;
using Plumbline.Checks.Audit;
using Plumbline.Reports.Json;
using Plumbline.Reports.Model;
using Plumbline.Reports.Writers;
using Plumbline.Web.Audits;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;
using Plumbline.Web.Register;

namespace Plumbline.Web.Jobs;

/// <summary>Runs queued audit and check jobs one at a time, in the order they were asked for.</summary>
/// <remarks>Every state change is stored, so the page shows progress and a restart loses nothing: on start-up, jobs a
/// stopped process left Running are queued again (<see cref="RecoverAsync"/>), and given up after
/// <see cref="MaxAttempts"/> starts. Results go through the same import as an uploaded JSON report.</remarks>
internal sealed class JobWorker(
    IServiceScopeFactory scopes, WorkspaceDatabase database, JobSignal signal, TimeProvider time, ILogger<JobWorker> log) : BackgroundService
{
    public const int MaxAttempts = 3;

    /// <summary>How often the queue is looked at without a wake-up (jobs queued by another process).</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var recovered = await RecoverAsync(database, time, stoppingToken);
            if (recovered > 0)
            {
                log.LogInformation("Re-queued {Count} job(s) interrupted by the last stop", recovered);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (await ClaimNextAsync(stoppingToken) is { } id)
                    {
                        await RunAsync(id, stoppingToken);
                        continue;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database hiccup must not end the worker for the life of the app; try again later.
                    log.LogError(ex, "The job worker could not read the queue");
                }

                await signal.WaitAsync(PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a job cut short stays Running and is queued again on the next start.
        }
    }

    /// <summary>Queues again the jobs a stopped process left Running, or fails those already started <see cref="MaxAttempts"/> times.</summary>
    /// <returns>How many were queued again.</returns>
    public static async Task<int> RecoverAsync(WorkspaceDatabase database, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var running = await db.AuditJobs.Where(j => j.State == AuditJobState.Running).ToListAsync(cancellationToken);
        var requeued = 0;
        foreach (var job in running)
        {
            if (job.Attempts >= MaxAttempts)
            {
                job.State = AuditJobState.Failed;
                job.Error = $"Gave up after {job.Attempts} attempts: the workspace stopped during each run.";
                job.FinishedAt = time.GetUtcNow();
            }
            else
            {
                job.State = AuditJobState.Queued;
                job.Progress = "Interrupted when the workspace stopped; queued to run again.";
                requeued++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return requeued;
    }

    /// <summary>Marks the oldest queued job Running and returns its id, or null when the queue is empty.</summary>
    private async Task<int?> ClaimNextAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var job = await db.AuditJobs.Where(j => j.State == AuditJobState.Queued).OrderBy(j => j.Id).FirstOrDefaultAsync(ct);
        if (job is null)
        {
            return null;
        }

        job.State = AuditJobState.Running;
        job.Attempts++;
        job.StartedAt = time.GetUtcNow();
        job.Error = null;
        job.Progress = job.Attempts > 1 ? $"Starting (attempt {job.Attempts} of {MaxAttempts})" : "Starting";
        await db.SaveChangesAsync(ct);
        return job.Id;
    }

    private async Task RunAsync(int id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkspaceDb>();
        var runner = scope.ServiceProvider.GetRequiredService<JobRunner>();
        var job = await db.AuditJobs.SingleAsync(j => j.Id == id, ct);
        try
        {
            Report report;
            await using (var progress = new JobProgress(database, id, time, [.. BuiltInStages.All().Select(s => s.Name)], log))
            {
                report = await runner.RunAsync(job, progress, ct);
            }

            await ImportAsync(db, scope.ServiceProvider.GetRequiredService<RegisterService>(), job, report, ct);
            log.LogInformation("Job {Job} ({Kind}) finished: {Findings} finding(s)", id, job.Kind, job.FindingCount);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (JobFailedException ex)
        {
            await FailAsync(id, ex.Message);
        }
        catch (Exception ex)
        {
            // The page gets one line; the details are for the operator's log.
            log.LogError(ex, "Job {Job} ({Kind} {Target}) failed", id, job.Kind, job.Target);
            await FailAsync(id, $"Internal error ({ex.GetType().Name}); the server log has the details.");
        }
    }

    /// <summary>Merges the report into the register by the rules an uploaded JSON report follows, and finishes the job, in one save.</summary>
    private async Task ImportAsync(WorkspaceDb db, RegisterService register, AuditJob job, Report report, CancellationToken ct)
    {
        var engagement = await db.Engagements.SingleOrDefaultAsync(e => e.Id == job.EngagementId, ct)
            ?? throw new JobFailedException("The engagement was deleted.");
        var items = await register.LoadItemsAsync(job.EngagementId, track: true, ct);
        var now = time.GetUtcNow();
        var outcome = ReportImport.Apply(db, job.EngagementId, report, items, now);
        var plan = RegisterService.Plan(engagement, items);
        if (!plan.Success)
        {
            throw new JobFailedException($"The results would break the roadmap: {plan.Errors[0].Message}");
        }

        job.State = AuditJobState.Finished;
        job.FinishedAt = now;
        job.FindingCount = outcome.Findings;
        job.Summary = JobSummary.Of(report);
        job.Source = ReportImport.SourceOf(report.Kind, report.Target);
        job.Error = null;
        job.Progress = $"Done: {outcome.Findings} finding(s); {outcome.Added} new item(s), {outcome.Updated} updated.";
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stores the failure on a fresh context, so nothing half-imported on the job's context is saved with it.</summary>
    private async Task FailAsync(int id, string message)
    {
        var line = OneLine(message);
        var now = time.GetUtcNow();
        await using var db = database.CreateContext();
        var job = await db.AuditJobs.SingleAsync(j => j.Id == id);
        job.State = AuditJobState.Failed;
        job.Error = line;
        job.FinishedAt = now;
        await db.SaveChangesAsync();
    }

    /// <summary>The first line, at most 500 characters: errors are shown to people, never a stack trace.</summary>
    public static string OneLine(string message)
    {
        var first = message.Split('\n', 2)[0].Trim();
        return first.Length > JobProgress.MaxLength ? first[..(JobProgress.MaxLength - 1)] + "…" : first;
    }
}
