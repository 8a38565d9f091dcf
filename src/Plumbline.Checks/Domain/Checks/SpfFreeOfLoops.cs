using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Is the SPF policy free of include and redirect loops?</summary>
public sealed class SpfFreeOfLoops : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("SpfFreeOfLoops", "Is the SPF policy free of include loops?", "domain", "fix-spf-record");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var spf = snapshot.Spf;
        var name = snapshot.Domain;
        if (spf.Record is null)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{name} has no single SPF record to follow.", name);
        }
        else if (spf.Loops.Count > 0)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"The SPF policy of {name} includes itself: {spf.Loops[0]}. Receivers fail it.", name, spf.Loops.Concat(spf.Steps.Select(s => s.ToString())));
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"The SPF policy of {name} has no include loops.", name, spf.Steps.Select(s => s.ToString()));
        }
    }
}
