using System.Net;

namespace Plumbline.Checks.Net;

/// <summary>Turns a host name into addresses. The system resolver by default; the domain check passes one that
/// asks the DNS server it was given, so a policy host is looked up where the rest of the domain is.</summary>
public delegate Task<IReadOnlyList<IPAddress>> HostResolver(string host, CancellationToken cancellationToken);

/// <summary>Resolvers.</summary>
public static class HostResolvers
{
    /// <summary>The operating system's resolver.</summary>
    public static HostResolver System { get; } = async (host, ct) => await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
}
