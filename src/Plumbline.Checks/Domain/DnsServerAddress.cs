using System.Net;

namespace Plumbline.Checks.Domain;

/// <summary>Parses <c>--dns-server HOST[:PORT]</c>: an IPv4 or IPv6 address, port 53 unless given.</summary>
public static class DnsServerAddress
{
    /// <summary>The endpoint, or an error naming the expected form.</summary>
    public static (IPEndPoint? EndPoint, string? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IPEndPoint.TryParse(text.Trim(), out var endpoint) && (endpoint.Port > 0 || !text.Contains("]:", StringComparison.Ordinal)))
        {
            if (endpoint.Port == 0)
            {
                endpoint.Port = 53;
            }

            return (endpoint, null);
        }

        return (null, $"'{text}' is not an address like 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53");
    }
}
