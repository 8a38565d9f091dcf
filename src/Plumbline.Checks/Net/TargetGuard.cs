using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Plumbline.Checks.Net;

/// <summary>Decides which addresses network checks may connect to.</summary>
/// <remarks>
/// The CLI runs on the operator's own machine and allows everything (<see cref="AllowAll"/>); the web workspace
/// uses <see cref="PublicOnly"/> so an engagement cannot be used to reach the server's own network. The guard is
/// applied when connecting (<see cref="ConnectAsync"/>), to the very address connected to, so a name that resolves
/// to a public address when checked and to 127.0.0.1 a moment later (DNS rebinding) is still refused.
/// </remarks>
public sealed class TargetGuard
{
    private readonly HostResolver _resolve;

    /// <summary>A guard; <paramref name="allowNonPublic"/> turns the refusal off.</summary>
    public TargetGuard(bool allowNonPublic, HostResolver? resolver = null)
    {
        AllowsNonPublic = allowNonPublic;
        _resolve = resolver ?? HostResolvers.System;
    }

    /// <summary>Allows every target (the CLI).</summary>
    public static TargetGuard AllowAll { get; } = new(allowNonPublic: true);

    /// <summary>Refuses private, loopback, link-local and other non-public targets (the web workspace).</summary>
    public static TargetGuard PublicOnly { get; } = new(allowNonPublic: false);

    /// <summary>True when non-public addresses are allowed.</summary>
    public bool AllowsNonPublic { get; }

    /// <summary>The same policy, resolving names with another resolver.</summary>
    public TargetGuard WithResolver(HostResolver resolver) => new(AllowsNonPublic, resolver);

    /// <summary>Null when the address may be contacted; otherwise why not.</summary>
    public string? Refusal(IPAddress address)
    {
        if (AllowsNonPublic)
        {
            return null;
        }

        return AddressClass.NonPublicRange(address) is { } range
            ? $"{address} is a {range} address; checks started here only reach public addresses"
            : null;
    }

    /// <summary>Resolves a host (or parses an IP literal) and returns its addresses when all are allowed.</summary>
    /// <exception cref="TargetRefusedException">Any address is refused (a name with one private address is refused outright).</exception>
    /// <exception cref="SocketException">The name does not resolve.</exception>
    public async Task<IReadOnlyList<IPAddress>> ResolveAllowedAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        var isLiteral = IPAddress.TryParse(literal, out var ip);
        IReadOnlyList<IPAddress> addresses = isLiteral
            ? [ip!]
            : await _resolve(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Count == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        foreach (var address in addresses)
        {
            if (Refusal(address) is { } why)
            {
                throw new TargetRefusedException(isLiteral ? why : $"{host} resolves to {why}");
            }
        }

        return addresses;
    }

    /// <summary>Connects a TCP socket to an allowed address of the host.</summary>
    public async Task<Socket> ConnectSocketAsync(string host, int port, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAllowedAsync(host, cancellationToken).ConfigureAwait(false);
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                return socket;
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves, checks and connects.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var socket = await ConnectSocketAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
        return new NetworkStream(socket, ownsSocket: true);
    }
}
