using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;

namespace Plumbline.Web.Engagements;

/// <summary>Answers "is this user a member of that engagement, and as what?" — asked on every engagement request.</summary>
internal sealed class EngagementAccess(WorkspaceDb db, UserManager<WorkspaceUser> users)
{
    /// <summary>The user's membership and the engagement, in one query (every engagement page needs both).</summary>
    public async Task<(Membership Membership, Engagement Engagement)?> FindAsync(ClaimsPrincipal principal, int engagementId, CancellationToken ct)
    {
        var userId = users.GetUserId(principal);
        if (userId is null)
        {
            return null;
        }

        var row = await (db switch
        {
            SqliteWorkspaceDb sqlite => OnSqlite(sqlite, engagementId, userId, ct),
            PostgresWorkspaceDb postgres => OnPostgres(postgres, engagementId, userId, ct),
            _ => throw new InvalidOperationException($"No membership query for {db.GetType().Name}."),
        });
        return row is null ? null : (row.Membership, row.Engagement);
    }

    // Compiled once per provider (a compiled query keeps the SQL of the first provider it ran on): the LINQ tree is not
    // rebuilt and looked up in EF's query cache on every request.
    private static readonly Func<SqliteWorkspaceDb, int, string, CancellationToken, Task<MembershipRow?>> OnSqlite = Compile<SqliteWorkspaceDb>();
    private static readonly Func<PostgresWorkspaceDb, int, string, CancellationToken, Task<MembershipRow?>> OnPostgres = Compile<PostgresWorkspaceDb>();

    private static Func<TDb, int, string, CancellationToken, Task<MembershipRow?>> Compile<TDb>()
        where TDb : WorkspaceDb =>
        EF.CompileAsyncQuery((TDb db, int engagementId, string userId, CancellationToken ct) =>
            (from m in db.Memberships.AsNoTracking()
             join e in db.Engagements.AsNoTracking() on m.EngagementId equals e.Id
             where m.EngagementId == engagementId && m.UserId == userId
             select new MembershipRow(m, e)).FirstOrDefault());

    private sealed record MembershipRow(Membership Membership, Engagement Engagement);

    /// <summary>The rule for one request: null when allowed, else 404 (not a member: someone guessing ids learns nothing
    /// about which engagements exist) or 403 (a client changing things or opening a consultants-only page, or anyone
    /// changing an archived engagement).</summary>
    public static int? Deny(Membership? membership, Engagement? engagement, string method, EndpointMetadataCollection metadata)
    {
        if (membership is null || engagement is null)
        {
            return StatusCodes.Status404NotFound;
        }

        var consultant = membership.Role == EngagementRole.Consultant;
        if (!consultant && metadata.GetMetadata<ConsultantsOnlyAttribute>() is not null)
        {
            return StatusCodes.Status403Forbidden;
        }

        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return null;
        }

        if (!consultant && metadata.GetMetadata<ClientMayPostAttribute>() is null)
        {
            return StatusCodes.Status403Forbidden;
        }

        if (engagement.ArchivedAt is not null && metadata.GetMetadata<WritableWhenArchivedAttribute>() is null)
        {
            return StatusCodes.Status403Forbidden;
        }

        return null;
    }
}
