namespace Plumbline.Web.Engagements;

/// <summary>The access rule, for every endpoint whose route carries an engagement id — pages, handlers, endpoints and
/// downloads alike — and it fails closed: an id it cannot read, a user it cannot name, or no membership is a 404.</summary>
/// <remarks>Runs after authorization, so anonymous requests have already been sent to sign in. What it proves is stored
/// as the request's <see cref="EngagementScope"/>, the only place handlers take the engagement id from.</remarks>
internal sealed class EngagementAccessMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, EngagementAccess access)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null || !EngagementRoute.Names(endpoint))
        {
            await next(context);
            return;
        }

        if (!EngagementRoute.TryRead(context.Request.RouteValues[EngagementRoute.Parameter], out var id))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var found = await access.FindAsync(context.User, id, context.RequestAborted);
        var deny = EngagementAccess.Deny(found?.Membership, found?.Engagement, context.Request.Method, endpoint.Metadata);
        if (deny is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        context.Features.Set(new EngagementScope(id, found!.Value.Membership, found.Value.Engagement));
        await next(context);
    }
}
