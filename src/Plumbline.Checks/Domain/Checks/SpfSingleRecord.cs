using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Is there only one SPF record? Two or more make every receiver return permerror (RFC 7208 section 4.5).</summary>
public sealed class SpfSingleRecord : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("SpfSingleRecord", "Does the domain publish exactly one SPF record?", "domain", "fix-spf-record");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var records = snapshot.Spf.Records;
        var name = snapshot.Domain;
        var evidence = records.Select(r => $"TXT {name}: {r}");
        if (snapshot.ApexTxt.Failed)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, snapshot.ApexTxt);
        }
        else if (records.Count == 0)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{name} has no SPF record.", name);
        }
        else if (records.Count > 1)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"{name} publishes {records.Count} SPF records; receivers treat that as an error and ignore SPF entirely. Merge them into one.", name, evidence);
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"{name} publishes a single SPF record.", name, evidence);
        }
    }
}
