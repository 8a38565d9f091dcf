using System.Net;
using Plumbline.Web.Tests.Data;
using Plumbline.Web.Tests.Support;

namespace Plumbline.Web.Tests.Accounts;

/// <summary>The per-request session check again on PostgreSQL (its own compiled query).</summary>
[Collection(PostgresCollection.Name)]
public sealed class SessionPostgresTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task A_copied_cookie_stops_working_after_sign_out_or_disable_on_postgres()
    {
        using var factory = new WorkspaceFactory(postgres.NewDatabase());
        using var admin = await Workspace.AdminAsync(factory);
        await Workspace.CreateUserAsync(admin, "bea@example.test", "Consultant");
        var (first, firstCopy) = await Sessions.SignInWithCopyAsync(factory, "bea@example.test");
        using var _ = first;
        using var __ = firstCopy;
        (await Sessions.IsSignedInAsync(firstCopy)).ShouldBeTrue();
        (await first.PostFormAsync("/signout", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Sessions.IsSignedInAsync(firstCopy)).ShouldBeFalse();

        var (second, secondCopy) = await Sessions.SignInWithCopyAsync(factory, "bea@example.test");
        using var ___ = second;
        using var ____ = secondCopy;
        (await Sessions.IsSignedInAsync(secondCopy)).ShouldBeTrue();
        var id = await SessionTests.UserIdAsync(factory, "bea@example.test");
        (await admin.PostFormAsync("/accounts/users", new Dictionary<string, string> { ["id"] = id }, "/accounts/users?handler=Disable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await Sessions.IsSignedInAsync(secondCopy)).ShouldBeFalse();
        (await Sessions.IsSignedInAsync(admin.Client)).ShouldBeTrue();
    }
}
