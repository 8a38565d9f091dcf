using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the domain publish an SPF record saying who may send its mail?</summary>
public sealed class SpfPublished : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("SpfPublished", "Does the domain publish an SPF record?", "domain", "publish-spf");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var txt = snapshot.ApexTxt;
        var name = snapshot.Domain;
        if (txt.Failed)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, txt);
        }
        else if (snapshot.Spf.Records.Count == 0)
        {
            var severity = snapshot.HasNullMx ? Severity.Medium : Severity.High;
            yield return DomainFinding.Fail(Descriptor, snapshot, severity, $"{name} publishes no SPF record, so anyone can send mail that claims to come from it.", name, txt.Evidence());
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"{name} publishes an SPF record.", name, snapshot.Spf.Records.Select(r => $"TXT {name}: {r}"));
        }
    }
}
