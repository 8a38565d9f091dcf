using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the certificate chain to a trusted root (the system's, or one the operator added with --ca-file)?</summary>
public sealed class CertificateChainTrusted : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("CertificateChainTrusted", "Does the certificate chain to a trusted root?", "site", "fix-certificate");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Certificate is not { } cert)
        {
            yield return SiteFinding.Inconclusive(Descriptor, snapshot, $"No certificate could be read from {snapshot.Host}: {snapshot.CertificateError}.", []);
            yield break;
        }

        var evidence = cert.Chain.Select((s, i) => $"chain[{i}]: {s}").Concat(cert.ChainProblems).ToList();
        evidence.Insert(0, $"issuer: {cert.Issuer}");
        if (cert.ChainTrusted)
        {
            var extra = cert.TrustedByExtraRoot ? " (through a root you supplied with --ca-file)" : string.Empty;
            yield return SiteFinding.Pass(Descriptor, snapshot, $"The certificate of {snapshot.Host} chains to a trusted root{extra}.", evidence);
        }
        else
        {
            var selfSigned = string.Equals(cert.Subject, cert.Issuer, StringComparison.Ordinal) ? " It is self-signed." : string.Empty;
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Critical, $"The certificate of {snapshot.Host} does not chain to a trusted root.{selfSigned} Browsers refuse it.", evidence);
        }
    }
}
