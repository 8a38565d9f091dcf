using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does an enforced DMARC policy also cover subdomains, rather than <c>sp=none</c> leaving them open?</summary>
public sealed class DmarcCoversSubdomains : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DmarcCoversSubdomains", "Does the DMARC policy also protect subdomains (sp)?", "domain", "enforce-dmarc");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var name = $"_dmarc.{snapshot.Domain}";
        if (snapshot.DmarcPolicy is not { IsValid: true } dmarc || dmarc.Policy == "none")
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{snapshot.Domain} has no enforced DMARC policy for subdomains to inherit.", name);
            yield break;
        }

        var evidence = new[] { $"TXT {name}: {dmarc.Text}" };
        if (dmarc.SubdomainPolicy == "none")
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"DMARC for {snapshot.Domain} sets sp=none: anyone can spoof invented subdomains such as billing.{snapshot.Domain}.", name, evidence);
        }
        else
        {
            var how = dmarc.HasSubdomainPolicy ? $"sp={dmarc.SubdomainPolicy}" : $"inherits p={dmarc.Policy}";
            yield return DomainFinding.Pass(Descriptor, snapshot, $"Subdomains of {snapshot.Domain} are covered by DMARC ({how}).", name, evidence);
        }
    }
}
