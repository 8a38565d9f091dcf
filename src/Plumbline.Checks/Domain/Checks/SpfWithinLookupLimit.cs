using Plumbline.Checks.Domain.Spf;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the SPF policy stay within 10 DNS lookups, counted through includes and redirects (RFC 7208 section 4.6.4)?</summary>
public sealed class SpfWithinLookupLimit : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("SpfWithinLookupLimit", "Does the SPF policy need at most 10 DNS lookups?", "domain", "fix-spf-record");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var spf = snapshot.Spf;
        var name = snapshot.Domain;
        if (spf.Record is null)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{name} has no single SPF record to count.", name);
            yield break;
        }

        var evidence = spf.Steps.Select(s => s.ToString()).Prepend($"DNS lookups: {spf.Lookups} of {SpfEvaluation.LookupLimit}");
        if (spf.Lookups > SpfEvaluation.LookupLimit)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"The SPF policy of {name} needs {spf.Lookups} DNS lookups; receivers stop at {SpfEvaluation.LookupLimit} and fail it. Flatten or drop includes.", name, evidence);
        }
        else if (spf.DnsError is not null)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, $"Counted {spf.Lookups} lookups, but a lookup failed ({spf.DnsError}), so the count may be short.", name, evidence);
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"The SPF policy of {name} needs {spf.Lookups} of the {SpfEvaluation.LookupLimit} DNS lookups allowed.", name, evidence);
        }
    }
}
