using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Plumbline.Testing.Web;
using Plumbline.Web.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Jobs;

/// <summary>Site checks from the page, against a real HTTPS server on 127.0.0.1, with and without the operator's
/// permission to reach private addresses.</summary>
public sealed class CheckJobTests : IDisposable
{
    private readonly TestCertificates _ca = new(TimeProvider.System.GetUtcNow());
    private int _requests;

    private Task<TestWebServer> StartSite() => TestWebServer.StartHttpsAsync(_ca.Leaf(["localhost"]), ctx =>
    {
        Interlocked.Increment(ref _requests);
        ctx.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return ctx.Response.WriteAsync("hello");
    });

    private static async Task<AuditJob> RunSiteCheckAsync(WorkspaceFactory factory, Browser admin, int id, string url)
    {
        var start = await admin.PostFormAsync($"/engagements/{id}/audits", new Dictionary<string, string>
        {
            ["Job.Kind"] = "site",
            ["Job.Target"] = url,
        }, postUrl: $"/engagements/{id}/audits?handler=Start");
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect, await start.Content.ReadAsStringAsync());
        return await JobWaits.UntilDoneAsync(factory, await JobWaits.LatestJobIdAsync(factory, id));
    }

    [Fact]
    public async Task A_site_check_against_a_loopback_server_lands_in_the_register_when_the_operator_allows_it()
    {
        await using var site = await StartSite();
        using var factory = new WorkspaceFactory { AllowPrivateTargets = true };
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");

        var job = await RunSiteCheckAsync(factory, admin, id, site.Url().ToString());

        job.State.ShouldBe(AuditJobState.Finished, job.Error);
        job.Target.ShouldBe(site.Url().ToString());
        job.FindingCount.ShouldBeGreaterThan(0);
        await using var db = factory.OpenDb();
        var findings = await db.Findings.Where(f => f.EngagementId == id).ToListAsync();
        findings.ShouldContain(f => f.CheckId == "CertificateChainTrusted" && f.Outcome == Plumbline.Core.Findings.Outcome.Fail, "the test CA is not trusted by the server");
        var failing = findings.Count(f => f.Outcome == Plumbline.Core.Findings.Outcome.Fail);
        job.Summary.ShouldNotBeNull();
        job.Summary.ShouldMatch(@"^Grade [A-F][+-]? \(-?\d+/100\); ");
        job.Summary.ShouldEndWith($"{failing} of {findings.Count} checks fail");
        (await db.Items.CountAsync(i => i.EngagementId == id)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_site_check_of_a_name_that_resolves_to_loopback_is_refused_when_it_runs()
    {
        await using var site = await StartSite();
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");

        // A name passes the form (it cannot be judged without resolving it); the job refuses it.
        var job = await RunSiteCheckAsync(factory, admin, id, site.Url("localhost").ToString());

        job.State.ShouldBe(AuditJobState.Failed);
        job.Error.ShouldNotBeNull().ShouldContain("refused");
        job.Error.ShouldContain("loopback");
        Volatile.Read(ref _requests).ShouldBe(0, "the guard refuses before connecting");
        await using var db = factory.OpenDb();
        (await db.Findings.CountAsync(f => f.EngagementId == id)).ShouldBe(0);
    }

    public void Dispose() => _ca.Dispose();
}
