using Plumbline.Checks.Domain.Spf;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the SPF policy end with <c>-all</c> or <c>~all</c>, so mail from anyone else is not passed?</summary>
public sealed class SpfEndsWithStrictAll : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("SpfEndsWithStrictAll", "Does the SPF policy end with -all or ~all?", "domain", "tighten-spf-all");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var spf = snapshot.Spf;
        var name = snapshot.Domain;
        if (spf.Record is null)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{name} has no single SPF record.", name);
            yield break;
        }

        var evidence = new[] { $"TXT {name}: {spf.Record.Text}" };
        switch (spf.EffectiveAll)
        {
            case SpfQualifier.Fail:
                yield return DomainFinding.Pass(Descriptor, snapshot, $"The SPF policy of {name} ends with -all: mail from other servers fails.", name, evidence);
                break;
            case SpfQualifier.SoftFail when snapshot.HasNullMx:
                yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"{name} takes no mail (null MX) and should send none: end its SPF with -all, not ~all.", name, evidence);
                break;
            case SpfQualifier.SoftFail:
                yield return DomainFinding.Pass(Descriptor, snapshot, $"The SPF policy of {name} ends with ~all (softfail), which DMARC turns into a decision.", name, evidence);
                break;
            case SpfQualifier.Pass:
                yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Critical, $"The SPF policy of {name} ends with +all: it authorises every server on the internet to send as {name}.", name, evidence);
                break;
            case SpfQualifier.Neutral:
                yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"The SPF policy of {name} ends with ?all (neutral), which tells receivers nothing about other senders.", name, evidence);
                break;
            default:
                yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Medium, $"The SPF policy of {name} has no 'all' at the end, so mail from other servers is neutral. End it with ~all or -all.", name, evidence);
                break;
        }
    }
}
