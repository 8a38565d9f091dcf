using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Plumbline.Testing.Web;

/// <summary>A Kestrel server on 127.0.0.1 and a free port, HTTPS with the given certificate (and TLS versions) or plain
/// HTTP, answering with the test's handler. Stops when disposed.</summary>
public sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestWebServer(WebApplication app, int port, bool https)
    {
        _app = app;
        Port = port;
        IsHttps = https;
    }

    /// <summary>The port bound.</summary>
    public int Port { get; }

    /// <summary>True for an HTTPS server.</summary>
    public bool IsHttps { get; }

    /// <summary>A URL on this server for the host name (which must resolve to 127.0.0.1, e.g. localhost).</summary>
    public Uri Url(string host = "localhost", string path = "/") => new($"{(IsHttps ? "https" : "http")}://{host}:{Port}{path}");

    /// <summary>Starts an HTTPS server; <paramref name="protocols"/> limits the TLS versions it accepts.</summary>
    public static Task<TestWebServer> StartHttpsAsync(X509Certificate2 certificate, RequestDelegate handler, SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13) =>
        StartAsync(handler, listen => listen.UseHttps(o =>
        {
            o.ServerCertificate = certificate;
            o.SslProtocols = protocols;
        }), https: true);

    /// <summary>Starts a plain HTTP server.</summary>
    public static Task<TestWebServer> StartHttpAsync(RequestDelegate handler) => StartAsync(handler, _ => { }, https: false);

    private static async Task<TestWebServer> StartAsync(RequestDelegate handler, Action<Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions> configure, bool https)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, 0, configure);
        });
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestWebServer(app, new Uri(address).Port, https);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
