using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host.Checks;

/// <summary>Are the certificates of the TLS services current and issued by a trusted CA (not expired, not self-signed)?</summary>
public sealed class HostCertificatesValid : ICheck<HostSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HostCertificatesValid", "Are the TLS services' certificates current and from a trusted CA (not expired, not self-signed)?", "host", "fix-certificate");

    public IEnumerable<Finding> Run(HostSnapshot snapshot)
    {
        var good = new List<string>();
        var any = false;
        foreach (var port in snapshot.Open)
        {
            if (port.Service.Certificate is not { } cert)
            {
                continue;
            }

            any = true;
            var evidence = new List<string> { $"subject: {cert.Subject}", $"issuer: {cert.Issuer}", $"valid: {cert.NotBefore:yyyy-MM-dd} to {cert.NotAfter:yyyy-MM-dd}" };
            evidence.AddRange(cert.ChainProblems);
            var selfSigned = string.Equals(cert.Subject, cert.Issuer, StringComparison.Ordinal);
            if (cert.NotAfter < snapshot.CheckedAt)
            {
                yield return HostFinding.Fail(Descriptor, port, Severity.High, $"The certificate of {port.Endpoint} expired on {cert.NotAfter:yyyy-MM-dd}: clients refuse it or teach people to click through warnings", evidence);
            }
            else if (!cert.ChainTrusted)
            {
                var what = selfSigned ? "is self-signed" : "does not chain to a trusted root";
                yield return HostFinding.Fail(Descriptor, port, Severity.Medium, $"The certificate of {port.Endpoint} {what}: clients cannot tell it from an attacker's", evidence);
            }
            else
            {
                good.Add($"{port.Endpoint}: {cert.Subject}, until {cert.NotAfter:yyyy-MM-dd}");
            }
        }

        if (!any)
        {
            yield return HostFinding.Summary(Descriptor, snapshot, Outcome.NotApplicable, $"No TLS service answered {HostFinding.Scope(snapshot)}");
        }
        else if (good.Count > 0 && good.Count == snapshot.Open.Count(p => p.Service.Certificate is not null))
        {
            yield return HostFinding.Summary(Descriptor, snapshot, Outcome.Pass, "Every TLS service's certificate is current and chains to a trusted root", good);
        }
    }
}
