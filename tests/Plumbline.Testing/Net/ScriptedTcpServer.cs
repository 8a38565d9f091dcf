using System.Net;
using System.Net.Sockets;

namespace Plumbline.Testing.Net;

/// <summary>A TCP server on 127.0.0.1 that runs a script on every connection: speak a banner, answer a request,
/// stay silent, or trickle a byte at a time — the services and misbehaving ports a host check meets.</summary>
public sealed class ScriptedTcpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    private ScriptedTcpServer(Func<NetworkStream, CancellationToken, Task> script)
    {
        _listener.Start();
        _loop = Task.Run(() => AcceptAsync(script));
    }

    /// <summary>The port it listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>A server running <paramref name="script"/> on each connection, which is closed when the script ends.</summary>
    public static ScriptedTcpServer Start(Func<NetworkStream, CancellationToken, Task> script) => new(script);

    /// <summary>Sends <paramref name="banner"/> on connect, then reads until the client closes.</summary>
    public static ScriptedTcpServer Banner(string banner) => Start(async (stream, ct) =>
    {
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(banner), ct);
        await Drain(stream, ct);
    });

    /// <summary>Accepts and never sends a byte.</summary>
    public static ScriptedTcpServer Silent() => Start(Drain);

    /// <summary>Sends one byte of an endless line every <paramref name="every"/>: never a full answer.</summary>
    public static ScriptedTcpServer Trickling(TimeSpan every) => Start(async (stream, ct) =>
    {
        while (!ct.IsCancellationRequested)
        {
            await stream.WriteAsync("x"u8.ToArray(), ct);
            await Task.Delay(every, ct);
        }
    });

    /// <summary>Reads a request (what arrives in one read) and writes <paramref name="answer"/>.</summary>
    public static ScriptedTcpServer Answering(byte[] answer) => Start(async (stream, ct) =>
    {
        var buffer = new byte[4096];
        if (await stream.ReadAsync(buffer, ct) > 0)
        {
            await stream.WriteAsync(answer, ct);
        }

        await Drain(stream, ct);
    });

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private static async Task Drain(NetworkStream stream, CancellationToken ct)
    {
        var buffer = new byte[1024];
        while (await stream.ReadAsync(buffer, ct) > 0)
        {
        }
    }

    private async Task AcceptAsync(Func<NetworkStream, CancellationToken, Task> script)
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        await script(client.GetStream(), _stop.Token);
                    }
                    catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
                    {
                        // The client went away or the server is stopping.
                    }
                }
            });
        }
    }
}
