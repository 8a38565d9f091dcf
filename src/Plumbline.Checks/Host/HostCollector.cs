using System.Net.Sockets;
using Plumbline.Checks.Net;

namespace Plumbline.Checks.Host;

/// <summary>Connects to every port of every address it is given, at a polite rate, and probes the open ones
/// read-only (<see cref="ServiceProber"/>). It never signs in, never sends credentials, never writes.</summary>
public sealed class HostCollector(HostCollectorOptions options)
{
    /// <summary>Tries every address × port and returns what answered.</summary>
    public async Task<HostSnapshot> CollectAsync(IReadOnlyList<string> targets, IReadOnlyList<HostAddress> addresses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var ports = options.Ports.Count > 0 ? options.Ports : options.Data.DefaultPorts;
        var prober = new ServiceProber(options.ProbeTimeout, options.GreetingWait, new CertificateValidator(options.Network.ExtraTrustedRoots, options.Network.Time));
        var waits = options.Network.Waits;
        var interval = TimeSpan.FromSeconds(1.0 / Math.Max(1, options.Rate));
        using var slots = new SemaphoreSlim(Math.Max(1, options.Concurrency));
        var tasks = new List<Task<(PortState State, OpenPort? Open)>>();
        var nextStart = waits.GetTimestamp();
        foreach (var address in addresses)
        {
            foreach (var port in ports)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var wait = waits.GetElapsedTime(waits.GetTimestamp(), nextStart);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, waits, cancellationToken).ConfigureAwait(false);
                }

                nextStart = waits.GetTimestamp() + (long)(interval.TotalSeconds * waits.TimestampFrequency);
                tasks.Add(TryAsync(prober, address, port, slots, cancellationToken));
            }
        }

        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        return new HostSnapshot
        {
            Targets = targets,
            Addresses = addresses,
            Ports = ports,
            Open = [.. results.Select(r => r.Open).OfType<OpenPort>()],
            Closed = results.Count(r => r.State == PortState.Closed),
            Filtered = results.Count(r => r.State == PortState.Filtered),
            CheckedAt = options.Network.Time.GetUtcNow(),
            Data = options.Data,
        };
    }

    private async Task<(PortState, OpenPort?)> TryAsync(ServiceProber prober, HostAddress address, int port, SemaphoreSlim slots, CancellationToken ct)
    {
        try
        {
            Socket socket;
            try
            {
                socket = await ConnectAsync(address, port, ct).ConfigureAwait(false);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused)
            {
                return (PortState.Closed, null);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                return (PortState.Filtered, null);
            }

            var seen = await prober.ProbeAsync(socket, c => ConnectAsync(address, port, c), port, options.Data.ForPort(port), address.HostName, ct).ConfigureAwait(false);
            return (PortState.Open, new OpenPort(address, port, seen));
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<Socket> ConnectAsync(HostAddress address, int port, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.ConnectTimeout);
        // The guard checks the very address connected to, as for every other network check.
        return await options.Network.Guard.ConnectSocketAsync(address.Address.ToString(), port, timeout.Token).ConfigureAwait(false);
    }

    private enum PortState
    {
        Open,
        Closed,
        Filtered,
    }
}
