using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Net;
using Plumbline.Checks.Site;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Site;

/// <summary>Kestrel sites on 127.0.0.1 with certificates from a test CA and header variants, checked through the real collector.</summary>
internal static class SiteFixture
{
    public static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();

    /// <summary>Headers of a site that does everything right.</summary>
    public static void Hardened(HttpContext context)
    {
        var h = context.Response.Headers;
        h["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains; preload";
        h["Content-Security-Policy"] = "default-src 'self'; object-src 'none'; frame-ancestors 'none'";
        h["X-Content-Type-Options"] = "nosniff";
        h["X-Frame-Options"] = "DENY";
        h["Referrer-Policy"] = "strict-origin-when-cross-origin";
        h.Append("Set-Cookie", "sid=fixture-session-value; Path=/; Secure; HttpOnly; SameSite=Lax");
    }

    /// <summary>A handler: headers from <paramref name="headers"/>, a security.txt when asked, a small page otherwise.</summary>
    public static RequestDelegate Site(Action<HttpContext> headers, bool securityTxt = true) => async context =>
    {
        if (context.Request.Path == "/.well-known/security.txt")
        {
            if (!securityTxt)
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"Contact: mailto:security@example.test\nExpires: {Now.AddMonths(6):yyyy-MM-ddTHH:mm:ssZ}\n");
            return;
        }

        headers(context);
        context.Response.ContentType = "text/html";
        await context.Response.WriteAsync("<!doctype html><title>fixture</title><p>hello</p>");
    };

    /// <summary>A plain-HTTP server that redirects every request to the HTTPS server.</summary>
    public static Task<TestWebServer> RedirectingHttp(TestWebServer https) =>
        TestWebServer.StartHttpAsync(context =>
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = https.Url("localhost", context.Request.Path).ToString();
            return Task.CompletedTask;
        });

    /// <summary>Collects through the real collector, trusting the test CA.</summary>
    public static Task<SiteSnapshot> Collect(TestWebServer https, TestCertificates ca, int? httpPort = null, TargetGuard? guard = null, string host = "localhost") =>
        new SiteCollector(new SiteCollectorOptions
        {
            Network = NetworkOptions.Default with
            {
                ExtraTrustedRoots = [ca.Authority],
                Retries = 0,
                Guard = guard ?? TargetGuard.AllowAll,
            },
            // A port nothing listens on when the test has no HTTP server: HTTP is then "not served".
            HttpPort = httpPort ?? ClosedPort(),
        }).CollectAsync(https.Url(host), CancellationToken.None);

    public static Task<TestWebServer> Https(X509Certificate2 certificate, RequestDelegate handler, SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13) =>
        TestWebServer.StartHttpsAsync(certificate, handler, protocols);

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
