using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Testing.Git;
using Plumbline.Web.Data;
using Plumbline.Web.Tests.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Jobs;

/// <summary>The job path (claim, progress updates, import, finish) again on a real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresJobTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task An_audit_job_runs_and_lands_in_the_register_on_postgres()
    {
        using var repo = GitRepoBuilder.Init()
            .WithFile("package.json", "{\"name\":\"shop\",\"version\":\"1.0.0\"}\n")
            .Commit("First version");
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "On Postgres");

        var start = await admin.PostFormAsync($"/engagements/{id}/audits", new Dictionary<string, string>
        {
            ["Job.Kind"] = "audit",
            ["Job.Target"] = repo.Path,
        }, postUrl: $"/engagements/{id}/audits?handler=Start");

        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var job = await JobWaits.UntilDoneAsync(factory, await JobWaits.LatestJobIdAsync(factory, id));
        job.State.ShouldBe(AuditJobState.Finished, job.Error);
        job.Progress.ShouldStartWith("Done:");
        await using var db = factory.OpenDb();
        db.Database.ProviderName.ShouldBe("Npgsql.EntityFrameworkCore.PostgreSQL");
        (await db.Items.CountAsync(i => i.EngagementId == id)).ShouldBeGreaterThan(0);
        (await db.Findings.CountAsync(f => f.EngagementId == id)).ShouldBe(job.FindingCount);
    }
}
