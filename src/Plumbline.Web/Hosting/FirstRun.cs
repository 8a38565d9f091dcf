using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;

namespace Plumbline.Web.Hosting;

/// <summary>Until the first administrator exists, every page leads to /setup, which opens only with the one-time token the
/// server printed at start (<see cref="FirstRunNotice"/>): reaching a fresh server first no longer makes you its admin.
/// Once an administrator exists, the token is gone and so is /setup.</summary>
internal sealed class FirstRun
{
    private volatile bool _hasUsers;
    private volatile string? _setupToken = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));

    /// <summary>The token that opens /setup; null once any user exists.</summary>
    public string? SetupToken => _setupToken;

    /// <summary>True while the workspace may still have no users (the setup token is alive).</summary>
    public bool Pending => _setupToken is not null;

    /// <summary>The path, with its token, that creates the first administrator.</summary>
    public string? SetupPath => _setupToken is { } token ? "/setup?token=" + token : null;

    public async Task<bool> HasUsersAsync(WorkspaceDb db, CancellationToken ct)
    {
        if (_hasUsers)
        {
            return true;
        }

        if (await db.Users.AnyAsync(ct))
        {
            MarkDone();
        }

        return _hasUsers;
    }

    /// <summary>Compares in constant time, so response times say nothing about how much of a guess was right.</summary>
    public bool Accepts(string? candidate)
    {
        var token = _setupToken;
        return token is not null && candidate is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(candidate));
    }

    public void MarkDone()
    {
        _hasUsers = true;
        _setupToken = null;
    }

    public static IApplicationBuilder UseFirstRun(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/site.css") || path.StartsWithSegments("/status"))
        {
            await next(context);
            return;
        }

        var firstRun = context.RequestServices.GetRequiredService<FirstRun>();
        var db = context.RequestServices.GetRequiredService<WorkspaceDb>();
        var hasUsers = await firstRun.HasUsersAsync(db, context.RequestAborted);
        var isSetup = path.StartsWithSegments("/setup");
        if (!hasUsers && !isSetup)
        {
            context.Response.Redirect("/setup");
            return;
        }

        // Without the token (or after the administrator exists) /setup does not exist; the 404 page tells an operator
        // where the link is.
        if (isSetup && (hasUsers || !firstRun.Accepts(context.Request.Query["token"])))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    });
}
