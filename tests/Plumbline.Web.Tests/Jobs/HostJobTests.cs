using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Core.Findings;
using Plumbline.Testing.Net;
using Plumbline.Web.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Jobs;

/// <summary>Host checks from the Audits page against a loopback FTP-like server, with and without the operator's
/// permission to reach private addresses.</summary>
public sealed class HostJobTests
{
    private static async Task<HttpResponseMessage> StartAsync(Browser admin, int id, string target) =>
        await admin.PostFormAsync($"/engagements/{id}/audits", new Dictionary<string, string>
        {
            ["Job.Kind"] = "host",
            ["Job.Target"] = target,
        }, postUrl: $"/engagements/{id}/audits?handler=Start");

    [Fact]
    public async Task A_host_check_of_a_loopback_port_lands_in_the_register_when_the_operator_allows_it()
    {
        await using var ftp = ScriptedTcpServer.Banner("220 (vsFTPd 3.0.3)\r\n");
        using var factory = new WorkspaceFactory { AllowPrivateTargets = true };
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");

        var start = await StartAsync(admin, id, $"127.0.0.1 ports={ftp.Port}");
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect, await start.Content.ReadAsStringAsync());
        var job = await JobWaits.UntilDoneAsync(factory, await JobWaits.LatestJobIdAsync(factory, id));

        job.State.ShouldBe(AuditJobState.Finished, job.Error);
        job.Summary.ShouldNotBeNull().ShouldStartWith("1 open of 1 ports tried on 1 address(es)");
        await using var db = factory.OpenDb();
        (await db.Findings.Where(f => f.EngagementId == id).ToListAsync())
            .ShouldContain(f => f.CheckId == "PlaintextProtocolsClosed" && f.Outcome == Outcome.Fail);
        (await db.Items.CountAsync(i => i.EngagementId == id && i.RecommendationId == "replace-plaintext-protocols")).ShouldBe(1);
    }

    [Fact]
    public async Task A_loopback_range_is_refused_on_the_form_when_private_targets_are_not_allowed()
    {
        await using var ftp = ScriptedTcpServer.Banner("220 (vsFTPd 3.0.3)\r\n");
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");

        var start = await StartAsync(admin, id, $"127.0.0.0/30 ports={ftp.Port}");

        start.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await start.Content.ReadAsStringAsync()).ShouldContain("loopback");
        ftp.Connections.ShouldBe(0);
        await using var db = factory.OpenDb();
        (await db.AuditJobs.CountAsync(j => j.EngagementId == id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_name_resolving_to_loopback_is_refused_when_the_job_runs()
    {
        await using var ftp = ScriptedTcpServer.Banner("220 (vsFTPd 3.0.3)\r\n");
        using var factory = new WorkspaceFactory();
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "Shop");

        (await StartAsync(admin, id, $"localhost ports={ftp.Port}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var job = await JobWaits.UntilDoneAsync(factory, await JobWaits.LatestJobIdAsync(factory, id));

        job.State.ShouldBe(AuditJobState.Failed);
        job.Error.ShouldNotBeNull().ShouldContain("refused");
        ftp.Connections.ShouldBe(0);
    }
}
