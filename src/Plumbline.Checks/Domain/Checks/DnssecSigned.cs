using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Is the zone signed with DNSSEC, with a DS record at the parent completing the chain?</summary>
public sealed class DnssecSigned : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DnssecSigned", "Is the domain signed with DNSSEC?", "domain", "enable-dnssec");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var name = snapshot.Domain;
        var key = snapshot.DnsKey;
        var ds = snapshot.Ds;
        var evidence = key.Evidence().Concat(ds.Evidence())
            .Append($"RRSIG over DNSKEY: {(snapshot.SignaturesSeen ? "present" : "absent")}")
            .Append($"AD (validated) flag: {(snapshot.AuthenticatedData ? "set" : "not set")}")
            .ToList();
        if (key.Failed)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, key);
        }
        else if (key.Status != DnsStatus.Found)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"{name} is not signed with DNSSEC: its DNS answers can be forged on the way to a resolver.", name, evidence, "unsigned");
        }
        else if (ds.Status != DnsStatus.Found && !snapshot.AuthenticatedData)
        {
            var why = ds.Failed ? $"the DS lookup failed ({ds.Error})" : "the parent zone has no DS record for it";
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"{name} has DNSSEC keys but {why}, so no resolver can validate it. Add the DS record at the registrar.", name, evidence, "no-ds");
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"{name} is signed with DNSSEC and its parent publishes a DS record.", name, evidence);
        }
    }
}
