using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Plumbline.Web.Forms;

/// <summary>A request for a handler the page does not have (<c>?handler=Nope</c>, or a POST to a page without a form)
/// is a 404. Left alone, Razor Pages runs the unnamed handler for any name, or, without one, renders the page with
/// nothing loaded: a 500.</summary>
internal sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var asked = context.RouteData.Values["handler"]?.ToString() ?? context.HttpContext.Request.Query["handler"].FirstOrDefault();
        if (context.HandlerMethod is not null)
        {
            if (!string.IsNullOrEmpty(asked) && !string.Equals(asked, context.HandlerMethod.Name, StringComparison.OrdinalIgnoreCase))
            {
                context.Result = new NotFoundResult();
            }

            return;
        }

        var reads = HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method);
        if (!reads || context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
