using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the SPF record, and every record it includes, parse? Any error makes receivers return permerror.</summary>
public sealed class SpfSyntaxValid : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("SpfSyntaxValid", "Do the SPF record and the records it includes parse without errors?", "domain", "fix-spf-record");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var spf = snapshot.Spf;
        var name = snapshot.Domain;
        if (spf.Record is null)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{name} has no single SPF record to parse.", name);
            yield break;
        }

        var problems = spf.Record.Errors.Select(e => $"{name}: {e}").Concat(spf.Problems.Where(p => !p.Contains("loops back", StringComparison.Ordinal))).ToList();
        var evidence = spf.Steps.Select(s => s.ToString()).Concat(problems).Concat(spf.Warnings);
        if (problems.Count > 0)
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.High, $"The SPF policy of {name} has {problems.Count} error(s), so receivers ignore it: {problems[0]}", name, evidence);
        }
        else if (spf.DnsError is not null)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, $"Could not follow the whole SPF policy of {name}: {spf.DnsError}.", name, evidence);
        }
        else
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"The SPF policy of {name} parses cleanly, includes and all.", name, evidence);
        }
    }
}
