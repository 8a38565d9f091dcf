using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Net;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Net;

/// <summary>Every request has an overall deadline (body included), and a silent server costs one timeout, not one per retry.</summary>
public sealed class HttpFetcherDeadlineTests
{
    // Only a safety net so that a regression fails instead of hanging the run; never what the test measures.
    private static CancellationToken SafetyNet() => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>Headers at once, then one byte of body at a time, for as long as the client listens.</summary>
    internal static RequestDelegate Trickle => async context =>
    {
        context.Response.ContentType = "text/html";
        await context.Response.Body.FlushAsync(context.RequestAborted);
        while (!context.RequestAborted.IsCancellationRequested)
        {
            await context.Response.WriteAsync("x", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(200, context.RequestAborted);
        }
    };

    [Fact]
    public async Task A_body_that_trickles_ends_at_the_request_deadline()
    {
        await using var server = await TestWebServer.StartHttpAsync(Trickle);
        using var fetcher = new HttpFetcher(NetworkOptions.Default with { Timeout = TimeSpan.FromSeconds(1) });

        var result = await fetcher.GetAsync(server.Url(), SafetyNet());

        result.Completed.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain("timed out");
        result.Error.ShouldContain("body");
    }

    [Fact]
    public async Task A_silent_server_is_asked_once_although_retries_are_allowed()
    {
        // Accepts connections and never answers.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = 0;
        var held = new List<Socket>();
        _ = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    var socket = await listener.AcceptSocketAsync();
                    Interlocked.Increment(ref accepted);
                    lock (held)
                    {
                        held.Add(socket);
                    }
                }
            }
            catch (SocketException)
            {
                // The listener was stopped at the end of the test.
            }
            catch (ObjectDisposedException)
            {
                // Likewise.
            }
        });
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var fetcher = new HttpFetcher(NetworkOptions.Default with { Timeout = TimeSpan.FromSeconds(1), Retries = 2, Backoff = TimeSpan.FromMilliseconds(10) });

        var result = await fetcher.GetAsync(new Uri($"http://127.0.0.1:{port}/"), SafetyNet());

        result.Error.ShouldNotBeNull().ShouldContain("timed out");
        Volatile.Read(ref accepted).ShouldBe(1);
        lock (held)
        {
            held.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task A_refused_connection_is_still_retried()
    {
        var port = Plumbline.Testing.Net.LoopbackPort.Free();
        var waits = new CountingTimeProvider();
        using var fetcher = new HttpFetcher(NetworkOptions.Default with { Retries = 2, Backoff = TimeSpan.FromMilliseconds(1), Waits = waits });

        var result = await fetcher.GetAsync(new Uri($"http://127.0.0.1:{port}/"), SafetyNet());

        result.Error.ShouldBe("connection refused");
        waits.Timers.ShouldBe(2);
    }

    /// <summary>The system clock, counting the backoff waits it is asked for (one per retry).</summary>
    private sealed class CountingTimeProvider : TimeProvider
    {
        private int _timers;

        public int Timers => Volatile.Read(ref _timers);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return System.CreateTimer(callback, state, dueTime, period);
        }
    }
}
