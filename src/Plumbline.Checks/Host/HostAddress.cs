using System.Net;
using System.Net.Sockets;

namespace Plumbline.Checks.Host;

/// <summary>One address a host check touches, with the name the operator gave for it (null for an IP or a range).</summary>
public sealed record HostAddress(IPAddress Address, string? Name)
{
    /// <summary>What a TLS handshake and the HTTP Host header name: the name when there is one, else the address.</summary>
    public string HostName => Name ?? Address.ToString();

    /// <summary><c>127.0.0.1:6379</c>, <c>[::1]:22</c>, or <c>db.example.com (203.0.113.5):5432</c>.</summary>
    public string Endpoint(int port)
    {
        var address = Address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{Address}]" : Address.ToString();
        return Name is null ? $"{address}:{port}" : $"{Name} ({Address}):{port}";
    }
}
