namespace Plumbline.Web.Hosting;

/// <summary>The response headers our own site check asks of others.</summary>
internal static class SecurityHeaders
{
    // No inline script or style anywhere: the pages need nothing but same-origin CSS and images.
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.Request.IsHttps)
            {
                h.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            if (!h.ContainsKey("Cache-Control"))
            {
                h.CacheControl = "no-store";
            }

            h.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    });
}
