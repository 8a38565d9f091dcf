using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the domain say where its mail goes (MX), or that it takes none (null MX, RFC 7505)?</summary>
public sealed class MailExchangerPublished : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("MailExchangerPublished", "Does the domain publish MX records (or a null MX)?", "domain", "publish-mx-or-null-mx");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var mx = snapshot.Mx;
        var name = snapshot.Domain;
        if (mx.Failed)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, mx);
        }
        else if (snapshot.HasNullMx)
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"{name} publishes a null MX: it says plainly that it accepts no mail.", name, mx.Evidence());
        }
        else if (mx.Status == DnsStatus.Found)
        {
            yield return DomainFinding.Pass(Descriptor, snapshot, $"{name} names {mx.Records.Count} mail server(s) in MX records.", name, mx.Evidence());
        }
        else
        {
            var evidence = mx.Evidence().Concat(snapshot.Addresses.Evidence());
            var detail = snapshot.Addresses.Status == DnsStatus.Found
                ? $"{name} has no MX records, so mail for it is delivered to its address record ({string.Join(", ", snapshot.Addresses.Records)}), as RFC 5321 section 5.1 says. Publish MX records for the servers meant to take its mail, or a null MX ('0 .') if it takes none."
                : $"{name} has neither MX nor address records, so mail to it cannot be delivered. Publish MX records, or a null MX ('0 .') to say plainly that it takes no mail.";
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, detail, name, evidence);
        }
    }
}
