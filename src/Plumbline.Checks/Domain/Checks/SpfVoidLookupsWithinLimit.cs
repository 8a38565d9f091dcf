using Plumbline.Checks.Domain.Spf;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Do at most two of the SPF policy's lookups come back empty (RFC 7208 section 4.6.4)?</summary>
public sealed class SpfVoidLookupsWithinLimit : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("SpfVoidLookupsWithinLimit", "Do at most 2 of the SPF policy's lookups find nothing?", "domain", "fix-spf-record");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var spf = snapshot.Spf;
        var name = snapshot.Domain;
        if (spf.Record is null)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{name} has no single SPF record to count.", name);
            yield break;
        }

        var evidence = spf.Steps.Select(s => s.ToString()).Prepend($"Void lookups: {spf.VoidLookups} of {SpfEvaluation.VoidLookupLimit}");
        if (spf.VoidLookups > SpfEvaluation.VoidLookupLimit)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"{spf.VoidLookups} lookups in the SPF policy of {name} find nothing; receivers fail the policy after {SpfEvaluation.VoidLookupLimit}. Remove terms that name hosts which no longer exist.", name, evidence);
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"The SPF policy of {name} has {spf.VoidLookups} void lookup(s), within the limit of {SpfEvaluation.VoidLookupLimit}.", name, evidence);
        }
    }
}
