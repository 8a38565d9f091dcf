using System.Net.Sockets;
using Plumbline.Checks.Host.Probes;
using Plumbline.Checks.Net;

namespace Plumbline.Checks.Host;

/// <summary>Names the service on an open port with read-only probes: the one its port suggests first; when that
/// gets no recognisable answer (or the port is not in the list), the same fall-backs nmap's probes follow —
/// wait for a greeting, then <c>GET /</c>, then Redis <c>PING</c> or MongoDB <c>hello</c> on a new connection.</summary>
/// <param name="probeTimeout">How long one probe, from its first byte sent to its last byte read, may take.</param>
/// <param name="greetingWait">How long to wait for a port not in the list to speak first.</param>
/// <param name="validator">Judges certificates.</param>
internal sealed class ServiceProber(TimeSpan probeTimeout, TimeSpan greetingWait, CertificateValidator validator)
{
    /// <summary>What the service is, from the first connection and, when needed, new ones opened with <paramref name="connect"/>.</summary>
    public async Task<ServiceObservation> ProbeAsync(Socket first, Func<CancellationToken, Task<Socket>> connect, int port, HostService? known, string host, CancellationToken cancellationToken)
    {
        var kind = known?.Probe ?? ProbeKind.Banner;
        ServiceObservation? seen;
        using (var stream = new NetworkStream(first, ownsSocket: true))
        {
            seen = known is null
                ? await UnknownAsync(stream, port, host, cancellationToken).ConfigureAwait(false)
                : await KnownAsync(kind, stream, known, port, host, cancellationToken).ConfigureAwait(false);
        }

        if (seen is { Identified: true } || kind == ProbeKind.None)
        {
            return seen ?? new ServiceObservation { Service = known!.Name };
        }

        // The probe the port suggests got nothing it knows: fall back, on a new connection, to what works anywhere.
        if (known is not null && kind != ProbeKind.Banner && seen?.Certificate is null)
        {
            if (await TryConnectAsync(connect, cancellationToken).ConfigureAwait(false) is { } socket)
            {
                using var again = new NetworkStream(socket, ownsSocket: true);
                seen = await UnknownAsync(again, port, host, cancellationToken).ConfigureAwait(false) ?? seen;
            }
        }

        if (seen is { Identified: true })
        {
            return seen;
        }

        // Still unnamed: a RESP-looking error to GET / is Redis; else try TLS (a web or mail service behind it), then MongoDB,
        // then Redis (which may close on GET's Host line before its error reaches us).
        var redisLike = seen?.Evidence.Any(e => e.StartsWith("answer: -", StringComparison.Ordinal) || e.StartsWith("answer: +", StringComparison.Ordinal)) == true;
        if (redisLike && await OnNewConnectionAsync(connect, (stream, c) => RedisProbe.ProbeAsync(stream, c), cancellationToken).ConfigureAwait(false) is { } redis)
        {
            return redis;
        }

        if (!redisLike && known?.Probe is not (ProbeKind.Https or ProbeKind.Tls or ProbeKind.DockerTls)
            && await OnNewConnectionAsync(connect, (stream, c) => OverTlsAsync(ProbeKind.Https, stream, "unknown", port, host, c), cancellationToken).ConfigureAwait(false) is { Identified: true } tls)
        {
            return tls;
        }

        if (!redisLike && await OnNewConnectionAsync(connect, (stream, c) => MongoProbe.ProbeAsync(stream, c), cancellationToken).ConfigureAwait(false) is { } mongo)
        {
            return mongo;
        }

        if (!redisLike && await OnNewConnectionAsync(connect, (stream, c) => RedisProbe.ProbeAsync(stream, c), cancellationToken).ConfigureAwait(false) is { } quietRedis)
        {
            return quietRedis;
        }

        var guess = known?.Name ?? "unknown";
        return (seen ?? new ServiceObservation { Service = guess }) with { Service = guess, Identified = false };
    }

    private async Task<ServiceObservation?> KnownAsync(ProbeKind kind, Stream stream, HostService known, int port, string host, CancellationToken ct)
    {
        switch (kind)
        {
            case ProbeKind.Banner:
                var greeting = await Timed(c => BannerProbe.ReadAsync(stream, c), ct).ConfigureAwait(false);
                return BannerProbe.Identify(greeting, port) ?? Unrecognised(greeting);
            case ProbeKind.Http:
                return await Timed(async c => await HttpProbe.GetAsync(stream, host, "/", c).ConfigureAwait(false) is { } a ? HttpProbe.Web("http", a) : null, ct).ConfigureAwait(false);
            case ProbeKind.Elasticsearch:
                return await Timed(async c => await HttpProbe.GetAsync(stream, host, "/", c).ConfigureAwait(false) is { } a ? HttpProbe.Elasticsearch("elasticsearch", a) ?? HttpProbe.Web("http", a) : null, ct).ConfigureAwait(false);
            case ProbeKind.Docker:
                return await Timed(async c => await HttpProbe.GetAsync(stream, host, "/version", c).ConfigureAwait(false) is { } a ? HttpProbe.Docker("docker", a) ?? HttpProbe.Web("http", a) : null, ct).ConfigureAwait(false);
            case ProbeKind.Redis:
                return await Timed(c => RedisProbe.ProbeAsync(stream, c), ct).ConfigureAwait(false);
            case ProbeKind.MongoDb:
                return await Timed(c => MongoProbe.ProbeAsync(stream, c), ct).ConfigureAwait(false);
            case ProbeKind.PostgreSql:
                return await Timed(c => PostgresProbe.ProbeAsync(stream, c), ct).ConfigureAwait(false);
            case ProbeKind.Rdp:
                return await Timed(c => RdpProbe.ProbeAsync(stream, c), ct).ConfigureAwait(false);
            case ProbeKind.Smb:
                return await Timed(c => SmbProbe.ProbeAsync(stream, c), ct).ConfigureAwait(false);
            case ProbeKind.Https or ProbeKind.Tls or ProbeKind.DockerTls:
                return await Timed(c => OverTlsAsync(kind, stream, known.Name, port, host, c), ct).ConfigureAwait(false);
            default:
                return null;
        }
    }

    private async Task<ServiceObservation?> OverTlsAsync(ProbeKind kind, Stream stream, string name, int port, string host, CancellationToken ct)
    {
        var (tls, certificate, error) = await TlsProbe.HandshakeAsync(stream, host, validator, ct).ConfigureAwait(false);
        if (tls is null)
        {
            return certificate is null ? null : new ServiceObservation { Service = name, Certificate = certificate, Evidence = [$"TLS: {error}"] };
        }

        await using (tls.ConfigureAwait(false))
        {
            ServiceObservation? inside = kind switch
            {
                ProbeKind.Https => await HttpProbe.GetAsync(tls, host, "/", ct).ConfigureAwait(false) is { } a ? HttpProbe.Web("ssl/http", a) : null,
                ProbeKind.DockerTls => await HttpProbe.GetAsync(tls, host, "/version", ct).ConfigureAwait(false) is { } a ? HttpProbe.Docker("ssl/docker", a) ?? HttpProbe.Web("ssl/http", a) : null,
                _ => BannerProbe.Identify(await BannerProbe.ReadAsync(tls, ct).ConfigureAwait(false), port) is { } b ? b with { Service = "ssl/" + b.Service } : null,
            };
            var evidence = new List<string> { $"TLS: {tls.SslProtocol}" };
            return (inside ?? new ServiceObservation { Service = "ssl/" + name, Identified = true }) with
            {
                Certificate = certificate,
                Identified = true,
                Evidence = [.. evidence, .. inside?.Evidence ?? []],
            };
        }
    }

    /// <summary>A port not in the list: a greeting if it speaks first, else the answer to <c>GET /</c>.</summary>
    private async Task<ServiceObservation?> UnknownAsync(Stream stream, int port, string host, CancellationToken ct)
    {
        var greeting = await Timed(c => BannerProbe.ReadAsync(stream, c), ct, greetingWait).ConfigureAwait(false);
        if (greeting.Length > 0)
        {
            return BannerProbe.Identify(greeting, port) ?? Unrecognised(greeting);
        }

        var answer = await Timed(c => HttpProbe.ExchangeAsync(stream, host, "/", c), ct).ConfigureAwait(false) ?? [];
        return HttpAnswer.Parse(answer) is { } http
            ? HttpProbe.Elasticsearch("elasticsearch", http) ?? HttpProbe.Web("http", http)
            : Unrecognised(answer);
    }

    /// <summary>Runs one fall-back probe, within the probe limit, on a new connection; null when it learns nothing.</summary>
    private async Task<ServiceObservation?> OnNewConnectionAsync(Func<CancellationToken, Task<Socket>> connect, Func<Stream, CancellationToken, Task<ServiceObservation?>> probe, CancellationToken ct)
    {
        if (await TryConnectAsync(connect, ct).ConfigureAwait(false) is not { } socket)
        {
            return null;
        }

        using var stream = new NetworkStream(socket, ownsSocket: true);
        return await Timed(c => probe(stream, c), ct).ConfigureAwait(false);
    }

    /// <summary>A new connection for a fall-back probe, or null when the port no longer accepts one.</summary>
    private static async Task<Socket?> TryConnectAsync(Func<CancellationToken, Task<Socket>> connect, CancellationToken ct)
    {
        try
        {
            return await connect(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Something answered that no probe recognises: keep its first line as evidence.</summary>
    private static ServiceObservation? Unrecognised(byte[] data) =>
        data.Length == 0 ? null : new ServiceObservation { Service = "unknown", Evidence = [$"answer: {ProbeIo.FirstLine(data)}"] };

    private async Task<T> Timed<T>(Func<CancellationToken, Task<T>> probe, CancellationToken ct, TimeSpan? limit = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit ?? probeTimeout);
        try
        {
            return await probe(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return default!;
        }
    }
}
