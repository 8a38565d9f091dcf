namespace Plumbline.Web.Engagements;

/// <summary>The same membership check as <see cref="EngagementAccessFilter"/>, for minimal-API endpoints (exports).</summary>
internal sealed class EngagementEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var id = EngagementAccess.EngagementIdOf(http.Request.RouteValues);
        if (id is null)
        {
            return Results.NotFound();
        }

        var access = http.RequestServices.GetRequiredService<EngagementAccess>();
        var found = await access.FindAsync(http.User, id.Value, http.RequestAborted);
        var membership = found?.Membership;
        var deny = EngagementAccess.Deny(membership, http.Request.Method);
        if (deny is { } status)
        {
            return Results.StatusCode(status);
        }

        http.Items[EngagementAccess.ItemKey] = membership;
        http.Items[EngagementAccess.EngagementKey] = found!.Value.Engagement;
        return await next(context);
    }
}
