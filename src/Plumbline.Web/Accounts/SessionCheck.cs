using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plumbline.Web.Data;

namespace Plumbline.Web.Accounts;

/// <summary>Ends a session the moment its user signs out, changes or loses their password, is disabled or deleted: every
/// request's cookie must carry the user's current security stamp, and the user must be active.</summary>
/// <remarks>Replaces Identity's SecurityStampValidator, which checks only every 30 minutes (and with a zero interval
/// rebuilds the principal and re-issues the cookie on every request). This is one indexed read by primary key.</remarks>
internal static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        var userId = principal?.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = principal?.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (userId is not null && stamp is not null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<WorkspaceDb>();
            var current = await (db switch
            {
                SqliteWorkspaceDb sqlite => OnSqlite(sqlite, userId, context.HttpContext.RequestAborted),
                PostgresWorkspaceDb postgres => OnPostgres(postgres, userId, context.HttpContext.RequestAborted),
                _ => throw new InvalidOperationException($"No session query for {db.GetType().Name}."),
            });
            if (current is { DisabledAt: null } && string.Equals(current.SecurityStamp, stamp, StringComparison.Ordinal))
            {
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    // Compiled once per provider, like the membership check (EngagementAccess): no LINQ tree to rebuild on each request.
    private static readonly Func<SqliteWorkspaceDb, string, CancellationToken, Task<UserState?>> OnSqlite = Compile<SqliteWorkspaceDb>();
    private static readonly Func<PostgresWorkspaceDb, string, CancellationToken, Task<UserState?>> OnPostgres = Compile<PostgresWorkspaceDb>();

    private static Func<TDb, string, CancellationToken, Task<UserState?>> Compile<TDb>()
        where TDb : WorkspaceDb =>
        EF.CompileAsyncQuery((TDb db, string userId, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new UserState(u.SecurityStamp, u.DisabledAt)).FirstOrDefault());

    private sealed record UserState(string? SecurityStamp, DateTimeOffset? DisabledAt);
}
