using System.Diagnostics;
using System.Net.Sockets;
using Plumbline.Testing.Dns;

namespace Plumbline.Testing.Net;

/// <summary>A real redis-server on 127.0.0.1 and a free port, with no persistence. Tests skip with a reason when
/// redis-server is not installed (apt-get install redis-server).</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The TCP port it listens on.</summary>
    public int Port { get; }

    /// <summary>The redis-server binary, or null when not installed.</summary>
    public static string? Binary => NsdServer.Tool("redis-server");

    /// <summary>Why tests that need Redis cannot run, or null when they can.</summary>
    public static string? SkipReason => Binary is null ? "redis-server is not installed (apt-get install redis-server)" : null;

    /// <summary>Starts it bound to 127.0.0.1 only; with <paramref name="password"/> it requires AUTH (a fixture value, not a secret).</summary>
    public static async Task<RedisServer> StartAsync(string? password = null)
    {
        var binary = Binary ?? throw new InvalidOperationException(SkipReason);
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--protected-mode", "no", "--daemonize", "no", "--dir", Path.GetTempPath() })
        {
            start.ArgumentList.Add(arg);
        }

        if (password is not null)
        {
            start.ArgumentList.Add("--requirepass");
            start.ArgumentList.Add(password);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return server;
            }
            catch (SocketException) when (!process.HasExited)
            {
                await Task.Delay(50);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not listen on 127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
