using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the domain say which certificate authorities may issue for it (CAA, RFC 8659)?</summary>
public sealed class CaaPublished : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("CaaPublished", "Does the domain limit which CAs may issue certificates (CAA)?", "domain", "publish-caa");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var caa = snapshot.Caa;
        var name = caa.Name.Length > 0 ? caa.Name : snapshot.Domain;
        if (caa.Failed)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, caa);
        }
        else if (caa.Status == DnsStatus.Found && caa.Records.Any(r => r.Contains(" issue", StringComparison.OrdinalIgnoreCase)))
        {
            var at = string.Equals(name, snapshot.Domain, StringComparison.OrdinalIgnoreCase) ? string.Empty : $" (inherited from {name})";
            yield return DomainFinding.Pass(Descriptor, snapshot, $"{snapshot.Domain} limits certificate issuance with CAA{at}.", name, caa.Evidence());
        }
        else
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"{snapshot.Domain} has no CAA 'issue' record, so any certificate authority may issue certificates for it.", name, caa.Evidence());
        }
    }
}
