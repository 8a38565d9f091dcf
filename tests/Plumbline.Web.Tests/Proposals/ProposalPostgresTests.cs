using System.Net;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Proposals;
using Plumbline.Web.Tests.Data;
using Plumbline.Web.Tests.Support;
using static Plumbline.Web.Tests.Proposals.ProposalUploads;

namespace Plumbline.Web.Tests.Proposals;

/// <summary>Upload, review into the register, replace and delete on a real PostgreSQL (bytea content, the unique name index).</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProposalPostgresTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task Proposals_are_stored_reviewed_replaced_and_deleted_on_postgres()
    {
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        using var admin = await Workspace.AdminAsync(factory);
        var id = await Workspace.CreateEngagementAsync(admin, "On Postgres");
        var (name, bytes) = Corpus("erp-migration-typical.md");

        (await UploadAsync(admin, id, (name, bytes), Corpus("erp-migration-good.md"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UploadAsync(admin, id, (name, bytes))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PageAsync(Url(id))).QuerySelector("#proposal-side-by-side").ShouldNotBeNull();

        await using var db = factory.OpenDb();
        db.Database.ProviderName.ShouldBe("Npgsql.EntityFrameworkCore.PostgreSQL");
        var stored = await db.Proposals.Where(p => p.EngagementId == id).OrderBy(p => p.FileName).ToListAsync();
        stored.Select(p => p.FileName).ShouldBe(["erp-migration-good.md", name]);
        stored[1].Content.ShouldBe(bytes);
        (await db.Findings.CountAsync(f => f.EngagementId == id && f.Source == ProposalRegister.Source)).ShouldBeGreaterThan(0);

        var delete = await admin.PostFormAsync(Url(id), new Dictionary<string, string> { ["proposalId"] = stored[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Url(id) + "?handler=Delete");
        delete.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Proposals.CountAsync(p => p.EngagementId == id)).ShouldBe(1);
    }
}
