using System.Net;
using System.Net.Sockets;

namespace Plumbline.Checks.Net;

/// <summary>Names the non-public range an address falls in (loopback, private, link-local, ...), or null for a public address.</summary>
/// <remarks>The web workspace must not become a way to probe the operator's own network, so anything that is not
/// globally routable counts as non-public: RFC 1918, shared CGNAT space, documentation and benchmark ranges too.</remarks>
public static class AddressClass
{
    private static readonly (IPNetwork Network, string Name)[] Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "'this network' (0.0.0.0/8)"),
        (IPNetwork.Parse("10.0.0.0/8"), "private (10.0.0.0/8)"),
        (IPNetwork.Parse("100.64.0.0/10"), "shared address space (100.64.0.0/10)"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback (127.0.0.0/8)"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local (169.254.0.0/16)"),
        (IPNetwork.Parse("172.16.0.0/12"), "private (172.16.0.0/12)"),
        (IPNetwork.Parse("192.0.0.0/24"), "IETF protocol assignments (192.0.0.0/24)"),
        (IPNetwork.Parse("192.0.2.0/24"), "documentation (192.0.2.0/24)"),
        (IPNetwork.Parse("192.168.0.0/16"), "private (192.168.0.0/16)"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking (198.18.0.0/15)"),
        (IPNetwork.Parse("198.51.100.0/24"), "documentation (198.51.100.0/24)"),
        (IPNetwork.Parse("203.0.113.0/24"), "documentation (203.0.113.0/24)"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast (224.0.0.0/4)"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved (240.0.0.0/4)"),
        (IPNetwork.Parse("::/128"), "unspecified (::)"),
        (IPNetwork.Parse("::1/128"), "loopback (::1)"),
        (IPNetwork.Parse("100::/64"), "discard (100::/64)"),
        (IPNetwork.Parse("2001:db8::/32"), "documentation (2001:db8::/32)"),
        (IPNetwork.Parse("fc00::/7"), "unique local (fc00::/7)"),
        (IPNetwork.Parse("fe80::/10"), "link-local (fe80::/10)"),
        (IPNetwork.Parse("fec0::/10"), "site-local (fec0::/10)"),
        (IPNetwork.Parse("ff00::/8"), "multicast (ff00::/8)"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork V4Compatible = IPNetwork.Parse("::/96");

    /// <summary>The name of the non-public range holding the address, or null when it is public.</summary>
    public static string? NonPublicRange(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // Addresses that carry an IPv4 address inside are judged by that address:
            // ::ffff:127.0.0.1 reaches loopback just as 127.0.0.1 does.
            if (address.IsIPv4MappedToIPv6)
            {
                return NonPublicRange(address.MapToIPv4());
            }

            if (Nat64.Contains(address) || (V4Compatible.Contains(address) && !address.Equals(IPAddress.IPv6Loopback) && !address.Equals(IPAddress.IPv6Any)))
            {
                return NonPublicRange(Embedded(address, 12));
            }

            if (SixToFour.Contains(address))
            {
                return NonPublicRange(Embedded(address, 2));
            }
        }

        foreach (var (network, name) in Ranges)
        {
            if (network.Contains(address))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>True when the address is globally routable.</summary>
    public static bool IsPublic(IPAddress address) => NonPublicRange(address) is null;

    private static IPAddress Embedded(IPAddress v6, int offset)
    {
        var bytes = v6.GetAddressBytes();
        return new IPAddress(bytes.AsSpan(offset, 4));
    }
}
