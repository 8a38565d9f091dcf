using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Is the certificate current, with at least 30 days left (a warning under 30, a failure under 7)?</summary>
public sealed class CertificateNotExpiring : ICheck<SiteSnapshot>
{
    /// <summary>Fewer days than this left: renew now.</summary>
    public const int FailDays = 7;

    /// <summary>Fewer days than this left: renewal is due and evidently not automated.</summary>
    public const int WarnDays = 30;

    public CheckDescriptor Descriptor { get; } = new("CertificateNotExpiring", "Does the certificate have at least 30 days left?", "site", "automate-certificate-renewal");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Certificate is not { } cert)
        {
            yield return SiteFinding.Inconclusive(Descriptor, snapshot, $"No certificate could be read from {snapshot.Host}: {snapshot.CertificateError}.", []);
            yield break;
        }

        var days = cert.DaysToExpiry(snapshot.CheckedAt);
        var evidence = new[] { $"valid from {cert.NotBefore:yyyy-MM-dd} to {cert.NotAfter:yyyy-MM-dd}", $"days left: {days}" };
        if (snapshot.CheckedAt < cert.NotBefore)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Critical, $"The certificate of {snapshot.Host} is not valid until {cert.NotBefore:yyyy-MM-dd}.", evidence, "not-yet");
        }
        else if (snapshot.CheckedAt > cert.NotAfter)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Critical, $"The certificate of {snapshot.Host} expired on {cert.NotAfter:yyyy-MM-dd}; browsers refuse the site.", evidence, "expired");
        }
        else if (days < FailDays)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.High, $"The certificate of {snapshot.Host} expires in {days} day(s), on {cert.NotAfter:yyyy-MM-dd}.", evidence, "soon");
        }
        else if (days < WarnDays)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"The certificate of {snapshot.Host} expires in {days} days; automated renewal normally renews with 30 days left.", evidence, "warn");
        }
        else
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"The certificate of {snapshot.Host} has {days} days left.", evidence);
        }
    }
}
