using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Testing.Git;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;
using Plumbline.Web.Jobs;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Jobs;

/// <summary>Audits and checks started from the Audits page run in the background and land in the register.</summary>
public sealed class AuditJobTests
{
    private const string Client = "client@example.test";
    private const string Other = "other@example.test";

    private static GitRepoBuilder SmallRepository() => GitRepoBuilder.Init()
        .WithFile("package.json", "{\"name\":\"shop\",\"version\":\"1.0.0\",\"dependencies\":{\"left-pad\":\"^1.3.0\"}}\n")
        .WithFile("src/index.js", "console.log('shop');\n")
        .Commit("First version");

    private static Task<HttpResponseMessage> StartAsync(Browser browser, int engagementId, string kind, string target) =>
        browser.PostFormAsync($"/engagements/{engagementId}/audits", new Dictionary<string, string>
        {
            ["Job.Kind"] = kind,
            ["Job.Target"] = target,
        }, postUrl: $"/engagements/{engagementId}/audits?handler=Start");

    [Fact]
    public async Task An_audit_started_from_the_page_puts_its_items_in_the_register()
    {
        using var repo = SmallRepository();
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");

        var start = await StartAsync(admin, id, "audit", repo.Path);

        start.StatusCode.ShouldBe(HttpStatusCode.Redirect, await start.Content.ReadAsStringAsync());
        var job = await JobWaits.UntilDoneAsync(factory, await JobWaits.LatestJobIdAsync(factory, id));
        job.State.ShouldBe(AuditJobState.Finished, job.Error);
        job.Attempts.ShouldBe(1);
        job.RequestedBy.ShouldBe(Workspace.AdminEmail);
        job.FindingCount.ShouldBeGreaterThan(0);
        job.StartedAt.ShouldNotBeNull();
        job.FinishedAt.ShouldNotBeNull();

        await using var db = factory.OpenDb();
        var items = await db.Items.Include(i => i.Findings).Where(i => i.EngagementId == id).ToListAsync();
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(i => i.Origin == ItemOrigin.Findings);
        items.SelectMany(i => i.Findings).ShouldNotBeEmpty();
        (await db.Findings.CountAsync(f => f.EngagementId == id)).ShouldBe(job.FindingCount);

        var failing = await db.Findings.CountAsync(f => f.EngagementId == id && f.Outcome == Outcome.Fail);
        job.Summary.ShouldNotBeNull();
        job.Summary.ShouldMatch(@"^[\d,]+ lines of code, mostly JavaScript; truck factor 1; ", "package.json has as much code as src/index.js, but JSON is data");
        job.Summary.ShouldEndWith($"{failing} of {job.FindingCount} checks fail");
        job.Source.ShouldNotBeNull();
        (await db.Findings.Where(f => f.EngagementId == id).Select(f => f.Source).Distinct().ToListAsync()).ShouldBe([job.Source]);

        var page = await admin.GetAsync($"/engagements/{id}/audits");
        page.Body.ShouldContain("Repository audit");
        page.Body.ShouldContain("Finished");
        page.Body.ShouldContain(System.Net.WebUtility.HtmlEncode(job.Summary));
        page.Body.ShouldContain(System.Net.WebUtility.HtmlEncode($"Repository audit: {repo.Path}"), customMessage: "the evidence table names the job's source");
        page.Response.Headers.Contains("Refresh").ShouldBeFalse("nothing is running, so the page does not reload");
        var register = await admin.GetAsync($"/engagements/{id}/register");
        register.Body.ShouldContain(WebUtility.HtmlEncode(items[0].Title));

        // Running it again replaces the evidence instead of piling it up.
        (await StartAsync(admin, id, "audit", repo.Path)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await JobWaits.UntilDoneAsync(factory, await JobWaits.LatestJobIdAsync(factory, id));
        again.State.ShouldBe(AuditJobState.Finished, again.Error);
        await using var after = factory.OpenDb();
        (await after.Items.CountAsync(i => i.EngagementId == id)).ShouldBe(items.Count);
        (await after.Findings.CountAsync(f => f.EngagementId == id)).ShouldBe(again.FindingCount);
    }

    [Fact]
    public async Task A_job_left_running_by_a_stopped_workspace_runs_again_after_a_restart()
    {
        using var repo = SmallRepository();
        using var data = new TempFolder("plumb-web-restart");
        int id, interrupted, exhausted;
        using (var first = new WorkspaceFactory(dataDir: data.Path))
        {
            using var admin = await Workspace.AdminAsync(first);
            id = await Workspace.CreateEngagementAsync(admin, "Shop");
            // What a process that stopped mid-run leaves behind: Running, started once (and one started three times).
            await using var db = first.OpenDb();
            var running = new AuditJob
            {
                EngagementId = id,
                Kind = JobKinds.Audit,
                Target = repo.Path,
                State = AuditJobState.Running,
                Attempts = 1,
                Progress = "Stage 2 of 9",
                CreatedAt = first.Time.GetUtcNow(),
                StartedAt = first.Time.GetUtcNow(),
            };
            var tired = new AuditJob
            {
                EngagementId = id,
                Kind = JobKinds.Audit,
                Target = repo.Path,
                State = AuditJobState.Running,
                Attempts = JobWorker.MaxAttempts,
                CreatedAt = first.Time.GetUtcNow(),
                StartedAt = first.Time.GetUtcNow(),
            };
            db.AuditJobs.AddRange(running, tired);
            await db.SaveChangesAsync();
            interrupted = running.Id;
            exhausted = tired.Id;
        }

        using var second = new WorkspaceFactory(dataDir: data.Path);
        _ = second.Services; // starts the host, as `plumb serve` would

        var job = await JobWaits.UntilDoneAsync(second, interrupted);
        job.State.ShouldBe(AuditJobState.Finished, job.Error);
        job.Attempts.ShouldBe(2);
        var gaveUp = await JobWaits.UntilDoneAsync(second, exhausted);
        gaveUp.State.ShouldBe(AuditJobState.Failed);
        gaveUp.Error.ShouldNotBeNull().ShouldContain("Gave up after 3 attempts");
        await using var check = second.OpenDb();
        (await check.Items.CountAsync(i => i.EngagementId == id)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Recovery_queues_running_jobs_again_and_leaves_others_alone()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");
        int runningId, finishedId;
        await using (var db = factory.OpenDb())
        {
            // Another process's job: the engagement is real, the folder is not; only its state matters here.
            var running = new AuditJob { EngagementId = id, Kind = JobKinds.Audit, Target = "/nowhere", State = AuditJobState.Running, Attempts = 1, CreatedAt = factory.Time.GetUtcNow() };
            var finished = new AuditJob { EngagementId = id, Kind = JobKinds.Audit, Target = "/done", State = AuditJobState.Finished, Attempts = 1, FindingCount = 4, CreatedAt = factory.Time.GetUtcNow() };
            db.AuditJobs.AddRange(running, finished);
            await db.SaveChangesAsync();
            runningId = running.Id;
            finishedId = finished.Id;
        }

        var requeued = await JobWorker.RecoverAsync(factory.Services.GetRequiredService<WorkspaceDatabase>(), factory.Time, CancellationToken.None);

        requeued.ShouldBe(1);
        await using var check = factory.OpenDb();
        (await check.AuditJobs.SingleAsync(j => j.Id == finishedId)).State.ShouldBe(AuditJobState.Finished);
        var requeuedJob = await check.AuditJobs.SingleAsync(j => j.Id == runningId);
        requeuedJob.State.ShouldBe(AuditJobState.Queued);
        requeuedJob.Progress.ShouldContain("queued to run again");
    }

    [Fact]
    public async Task A_job_whose_folder_is_gone_by_the_time_it_runs_fails_with_one_line()
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");
        var repo = SmallRepository();
        var path = repo.Path;
        repo.Dispose(); // deleted after it was asked for, before the worker reached it
        int jobId;
        await using (var db = factory.OpenDb())
        {
            var queued = new AuditJob { EngagementId = id, Kind = JobKinds.Audit, Target = path, State = AuditJobState.Queued, CreatedAt = factory.Time.GetUtcNow() };
            db.AuditJobs.Add(queued);
            await db.SaveChangesAsync();
            jobId = queued.Id;
        }

        factory.Services.GetRequiredService<JobSignal>().Wake();
        var job = await JobWaits.UntilDoneAsync(factory, jobId);

        job.State.ShouldBe(AuditJobState.Failed);
        job.Error.ShouldNotBeNull().ShouldContain("no such folder");
        job.Error.ShouldNotContain("\n");
        job.Error.ShouldNotContain(" at ");
        job.FinishedAt.ShouldNotBeNull();
        var page = await admin.GetAsync($"/engagements/{id}/audits");
        page.Body.ShouldContain("Failed");
        page.Body.ShouldContain("no such folder");
        await using var check = factory.OpenDb();
        (await check.Items.CountAsync(i => i.EngagementId == id)).ShouldBe(0);
    }

    [Theory]
    [InlineData("audit", "", "full path of a folder")]
    [InlineData("audit", "/no/such/folder/plumb-test", "no such folder")]
    [InlineData("audit", "relative/folder", "full path")]
    [InlineData("audit", "file:///srv/repo.git", "refused")]
    [InlineData("domain", "", "Enter a domain")]
    [InlineData("domain", "not a domain!", "Domain:")]
    [InlineData("site", "ftp://example.com", "Site:")]
    [InlineData("site", "https://127.0.0.1:8443/", "loopback")]
    [InlineData("site", "https://10.0.0.5/", "public addresses")]
    [InlineData("reboot", "example.com", "Choose what to run")]
    public async Task A_bad_target_is_explained_and_nothing_is_queued(string kind, string target, string message)
    {
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");

        var response = await StartAsync(admin, id, kind, target);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        body.ShouldContain(message);
        await using var db = factory.OpenDb();
        (await db.AuditJobs.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_client_member_sees_the_jobs_but_cannot_start_one()
    {
        using var repo = SmallRepository();
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shared");
        await Workspace.CreateUserAsync(admin, Client, "Client");
        await Workspace.AddMemberAsync(admin, id, Client, "Client");
        (await StartAsync(admin, id, "audit", repo.Path)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await JobWaits.UntilDoneAsync(factory, await JobWaits.LatestJobIdAsync(factory, id));
        using var client = await Workspace.SignInAsync(factory, Client);

        var page = await client.GetAsync($"/engagements/{id}/audits");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Body.ShouldContain("Repository audit");
        page.Body.ShouldNotContain("handler=Start");
        var start = await StartAsync(client, id, "audit", repo.Path);

        start.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = factory.OpenDb();
        (await db.AuditJobs.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Another_engagements_jobs_are_neither_visible_nor_startable()
    {
        using var repo = SmallRepository();
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Secret client");
        await using (var db = factory.OpenDb())
        {
            db.AuditJobs.Add(new AuditJob { EngagementId = id, Kind = JobKinds.Domain, Target = "secret-client.example", State = AuditJobState.Failed, Error = "x", CreatedAt = factory.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        await Workspace.CreateUserAsync(admin, Other, "Consultant");
        using var other = await Workspace.SignInAsync(factory, Other);
        var ownId = await Workspace.CreateEngagementAsync(other, "Mine");

        (await other.GetAsync($"/engagements/{id}/audits")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/engagements/{ownId}/audits")).Body.ShouldNotContain("secret-client.example");
        var start = await other.PostFormAsync($"/engagements/{ownId}/audits", new Dictionary<string, string>
        {
            ["Job.Kind"] = "audit",
            ["Job.Target"] = repo.Path,
        }, postUrl: $"/engagements/{id}/audits?handler=Start");
        start.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var check = factory.OpenDb();
        (await check.AuditJobs.CountAsync()).ShouldBe(1);
    }
}
