using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Plumbline.Cli.Tests.VulnDb;

/// <summary>An HTTP server on 127.0.0.1 serving fixed bytes per path (404 otherwise), stopped on dispose.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly IReadOnlyDictionary<string, byte[]> _files;
    private readonly Task _loop;

    public LoopbackServer(IReadOnlyDictionary<string, byte[]> files)
    {
        _files = files;
        (_listener, Url) = Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    private static (HttpListener, string) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            // Ask the OS for a free port, then listen on it; retry if something took it in between.
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var url = $"http://127.0.0.1:{port}";
            var listener = new HttpListener();
            listener.Prefixes.Add(url + "/");
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue(path);
            if (_files.TryGetValue(path, out var body))
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/zip";
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(10));
    }
}
