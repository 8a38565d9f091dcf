using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the DMARC policy ask receivers to quarantine or reject failing mail, for all of it (pct=100)?</summary>
public sealed class DmarcEnforced : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DmarcEnforced", "Does DMARC quarantine or reject mail that fails, for all mail?", "domain", "enforce-dmarc");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var name = $"_dmarc.{snapshot.Domain}";
        if (snapshot.DmarcPolicy is not { IsValid: true } dmarc)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{snapshot.Domain} has no single valid DMARC record.", name);
            yield break;
        }

        var evidence = new[] { $"TXT {name}: {dmarc.Text}" };
        if (dmarc.Policy == "none")
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"DMARC for {snapshot.Domain} is p=none: it only watches, so spoofed mail is still delivered.", name, evidence, "none");
        }
        else if (dmarc.Percent < 100)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"DMARC for {snapshot.Domain} is p={dmarc.Policy} but pct={dmarc.Percent}: the policy applies to only {dmarc.Percent}% of failing mail.", name, evidence, "pct");
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"DMARC for {snapshot.Domain} is enforced (p={dmarc.Policy}).", name, evidence);
        }
    }
}
