using System.Net;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Are the nameservers spread over more than one network (distinct /24 or /48) or more than one provider domain?</summary>
public sealed class NameserversDiverse : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("NameserversDiverse", "Are the nameservers on separate networks or providers?", "domain", "diversify-nameservers");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var name = snapshot.Domain;
        var servers = snapshot.NameServers;
        if (snapshot.Ns.Failed || servers.Count < 2)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{name} has fewer than two nameservers to compare.", name);
            yield break;
        }

        var evidence = servers.Select(s => $"{s.Name}: {(s.Addresses.Count > 0 ? string.Join(", ", s.Addresses) : "no address found")}").ToList();
        if (servers.All(s => s.Addresses.Count == 0))
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, $"None of the nameservers of {name} resolved to an address.", name, evidence);
            yield break;
        }

        var networks = servers.SelectMany(s => s.Addresses).Select(NetworkOf).Distinct(StringComparer.Ordinal).Count();
        var providers = servers.Select(s => Parent(s.Name)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        evidence.Add($"distinct networks: {networks}; distinct provider domains: {providers}");
        if (networks < 2 && providers < 2)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"All nameservers of {name} sit in one network and one provider; one outage takes them all down.", name, evidence);
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"The nameservers of {name} span {networks} network(s) and {providers} provider domain(s).", name, evidence);
        }
    }

    /// <summary>The /24 of an IPv4 address or the /48 of an IPv6 address.</summary>
    internal static string NetworkOf(string address)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return address;
        }

        var bytes = ip.GetAddressBytes();
        return bytes.Length == 4 ? $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0/24" : $"{Convert.ToHexString(bytes.AsSpan(0, 6))}::/48";
    }

    /// <summary>The last two labels of a host name (ns1.dns.example.net → example.net).</summary>
    internal static string Parent(string host)
    {
        var labels = host.TrimEnd('.').Split('.');
        return labels.Length <= 2 ? host : string.Join('.', labels[^2..]);
    }
}
