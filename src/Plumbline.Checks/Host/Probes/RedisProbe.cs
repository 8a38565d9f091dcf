namespace Plumbline.Checks.Host.Probes;

/// <summary>Redis <c>PING</c> in RESP, with no AUTH before it: <c>+PONG</c> means anyone can read and write the data.</summary>
internal static class RedisProbe
{
    private static readonly byte[] Ping = "*1\r\n$4\r\nPING\r\n"u8.ToArray();

    public static async Task<ServiceObservation?> ProbeAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (!await ProbeIo.WriteAsync(stream, Ping, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var data = await ProbeIo.ReadAsync(stream, 512, ProbeIo.HasLine, cancellationToken).ConfigureAwait(false);
        var line = ProbeIo.FirstLine(data);
        var evidence = new[] { $"PING answered: {line}" };
        if (line.StartsWith("+PONG", StringComparison.Ordinal))
        {
            return new ServiceObservation { Service = "redis", Identified = true, Product = "Redis", Unauthenticated = true, Evidence = evidence };
        }

        // -NOAUTH (requirepass or ACL), or -DENIED (protected mode: no password set, but only loopback may use it).
        if (line.StartsWith("-NOAUTH", StringComparison.Ordinal) || line.StartsWith("-DENIED", StringComparison.Ordinal)
            || (line.StartsWith("-ERR", StringComparison.Ordinal) && line.Contains("auth", StringComparison.OrdinalIgnoreCase)))
        {
            return new ServiceObservation { Service = "redis", Identified = true, Product = "Redis", Unauthenticated = false, Evidence = evidence };
        }

        return null;
    }
}
