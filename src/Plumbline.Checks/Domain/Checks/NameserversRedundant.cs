using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the domain have at least two nameservers (RFC 1034 asks for two)?</summary>
public sealed class NameserversRedundant : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("NameserversRedundant", "Does the domain have at least two nameservers?", "domain", "diversify-nameservers");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var ns = snapshot.Ns;
        var name = snapshot.Domain;
        if (ns.Failed)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, ns);
        }
        else if (snapshot.NameServers.Count < 2)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"{name} has {snapshot.NameServers.Count} nameserver(s); when it is down, the website and mail disappear with it.", name, ns.Evidence());
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"{name} has {snapshot.NameServers.Count} nameservers.", name, ns.Evidence());
        }
    }
}
