using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Domain.Checks;

/// <summary>Does the domain ask senders for TLS delivery reports (TLS-RPT, RFC 8460)?</summary>
public sealed class TlsReportingEnabled : ICheck<DomainSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("TlsReportingEnabled", "Does the domain ask for TLS delivery reports (TLS-RPT)?", "domain", "enable-tls-reporting");

    public IEnumerable<Finding> Run(DomainSnapshot snapshot)
    {
        var name = $"_smtp._tls.{snapshot.Domain}";
        var txt = snapshot.TlsRpt;
        if (snapshot.WithoutMxHosts is { } why)
        {
            yield return DomainFinding.NotApplicable(Descriptor, snapshot, $"{why}; TLS reporting covers MX hosts, so it does not apply.", name);
        }
        else if (txt.Failed)
        {
            yield return DomainFinding.Inconclusive(Descriptor, snapshot, txt);
        }
        else if (txt.Records.FirstOrDefault(r => r.StartsWith("v=TLSRPTv1", StringComparison.Ordinal)) is { } record)
        {
            if (record.Contains("rua=", StringComparison.Ordinal))
            {
                yield return DomainFinding.Pass(Descriptor, snapshot, $"{snapshot.Domain} asks for TLS delivery reports.", name, txt.Evidence());
            }
            else
            {
                yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"The TLS-RPT record of {snapshot.Domain} has no rua= address to send reports to.", name, txt.Evidence());
            }
        }
        else
        {
            yield return DomainFinding.Fail(Descriptor, snapshot, Severity.Low, $"{snapshot.Domain} publishes no TLS-RPT record, so failed encrypted deliveries go unnoticed.", name, txt.Evidence());
        }
    }
}
