using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the domain publish one valid DMARC record at <c>_dmarc</c>?</summary>
public sealed class DmarcPublished : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DmarcPublished", "Does the domain publish a valid DMARC record?", "domain", "publish-dmarc");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var answer = snapshot.Dmarc;
        var name = $"_dmarc.{snapshot.Domain}";
        var records = snapshot.DmarcRecords;
        if (answer.Failed)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, answer);
        }
        else if (records.Count == 0)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"{snapshot.Domain} publishes no DMARC record, so receivers have no instruction for mail that fails SPF and DKIM, and you get no reports.", name, answer.Evidence());
        }
        else if (records.Count > 1)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"{name} holds {records.Count} DMARC records; receivers ignore DMARC when there is more than one.", name, answer.Evidence());
        }
        else if (snapshot.DmarcPolicy is { IsValid: false } bad)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"The DMARC record of {snapshot.Domain} has errors: {string.Join("; ", bad.Errors)}", name, answer.Evidence().Concat(bad.Errors));
        }
        else
        {
            var ignored = snapshot.DmarcPolicy?.Ignored ?? [];
            yield return DomainFinding.Pass(Descriptor, snapshot, $"{snapshot.Domain} publishes a valid DMARC record.", name, answer.Evidence().Concat(ignored.Select(t => $"tag {t} is not defined by RFC 7489; receivers ignore it")));
        }
    }
}
