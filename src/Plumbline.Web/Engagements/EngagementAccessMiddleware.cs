namespace Plumbline.Web.Engagements;

/// <summary>The access rule, for every endpoint whose route carries an engagement id — pages, handlers, endpoints and
/// downloads alike — and it fails closed: an id it cannot read, a user it cannot name, or no membership is a 404.</summary>
/// <remarks>Runs after authorization, so anonymous requests have already been sent to sign in. What it proves is stored
/// as the request's <see cref="EngagementScope"/>, the only place handlers take the engagement id from.</remarks>
internal sealed partial class EngagementAccessMiddleware(RequestDelegate next, ILogger<EngagementAccessMiddleware> log)
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
            Refused(log, context.Request.Method, context.Request.Path, UserIdOf(context), StatusCodes.Status404NotFound);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var found = await access.FindAsync(context.User, id, context.RequestAborted);
        var deny = EngagementAccess.Deny(found?.Membership, found?.Engagement, context.Request.Method, endpoint.Metadata);
        if (deny is { } status)
        {
            Refused(log, context.Request.Method, context.Request.Path, UserIdOf(context), status);
            context.Response.StatusCode = status;
            return;
        }

        context.Features.Set(new EngagementScope(id, found!.Value.Membership, found.Value.Engagement));
        await next(context);
    }

    private static string UserIdOf(HttpContext context) =>
        context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous";

    // The path and the user's id, never form values: who tried what, for an administrator reading the log.
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Engagement access refused: {Method} {Path} by user {UserId}: {Status}")]
    private static partial void Refused(ILogger logger, string method, PathString path, string userId, int status);
}
