using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Is the certificate valid for the host name?</summary>
public sealed class CertificateMatchesName : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("CertificateMatchesName", "Is the certificate valid for the site's name?", "site", "fix-certificate");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Certificate is not { } cert)
        {
            yield return SiteFinding.Inconclusive(Descriptor, snapshot, $"No certificate could be read from {snapshot.Host}: {snapshot.CertificateError}.", []);
            yield break;
        }

        var evidence = new[] { $"subject: {cert.Subject}", $"names: {string.Join(", ", cert.DnsNames)}" };
        if (cert.NameMatches)
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"The certificate covers {snapshot.Host}.", evidence);
        }
        else
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Critical, $"The certificate is not valid for {snapshot.Host} (it names {string.Join(", ", cert.DnsNames.DefaultIfEmpty(cert.Subject))}); browsers show a full-page warning.", evidence);
        }
    }
}
