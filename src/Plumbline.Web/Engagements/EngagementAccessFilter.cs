using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Plumbline.Web.Engagements;

/// <summary>Runs the membership check before every page handler whose route names an engagement.</summary>
internal sealed class EngagementAccessFilter(EngagementAccess access) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var id = EngagementAccess.EngagementIdOf(context.RouteData.Values);
        if (id is null)
        {
            await next();
            return;
        }

        var http = context.HttpContext;
        var found = await access.FindAsync(http.User, id.Value, http.RequestAborted);
        var membership = found?.Membership;
        // Reflection only where it can matter: a client's GET is allowed whatever the page says.
        var reads = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        var clientMayPost = !reads && context.HandlerInstance.GetType().IsDefined(typeof(ClientMayPostAttribute), inherit: true);
        var deny = EngagementAccess.Deny(membership, http.Request.Method, clientMayPost);
        if (deny is { } status)
        {
            context.Result = new StatusCodeResult(status);
            return;
        }

        http.Items[EngagementAccess.ItemKey] = membership;
        http.Items[EngagementAccess.EngagementKey] = found!.Value.Engagement;
        await next();
    }
}

/// <summary>Marks a page whose forms a client member may submit (questionnaire answers).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ClientMayPostAttribute : Attribute;
