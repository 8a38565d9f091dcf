using Microsoft.EntityFrameworkCore;
using Plumbline.Web.Data;

namespace Plumbline.Web.Hosting;

/// <summary>Until the first administrator exists, every page leads to /setup; afterwards /setup is gone.</summary>
internal sealed class FirstRun
{
    private volatile bool _hasUsers;

    public async Task<bool> HasUsersAsync(WorkspaceDb db, CancellationToken ct)
    {
        if (_hasUsers)
        {
            return true;
        }

        _hasUsers = await db.Users.AnyAsync(ct);
        return _hasUsers;
    }

    public void MarkDone() => _hasUsers = true;

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

        if (hasUsers && isSetup)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    });
}
