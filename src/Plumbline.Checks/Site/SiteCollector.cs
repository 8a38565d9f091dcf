using Plumbline.Checks.Net;

namespace Plumbline.Checks.Site;

/// <summary>Fetches a site over HTTPS and HTTP, inspects its certificate and TLS versions, and reads security.txt,
/// into a <see cref="SiteSnapshot"/>. Network failures are recorded, never thrown.</summary>
public sealed class SiteCollector
{
    private readonly SiteCollectorOptions _options;

    public SiteCollector(SiteCollectorOptions options) => _options = options;

    /// <summary>Collects the snapshot for an HTTPS URL (see <see cref="SiteTarget.Parse"/>).</summary>
    public async Task<SiteSnapshot> CollectAsync(Uri https, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(https);
        var network = _options.Network;
        using var fetcher = new HttpFetcher(network);
        var prober = new TlsProber(network);
        var host = https.IdnHost;
        var checkedAt = network.Time.GetUtcNow();

        var page = await fetcher.GetAsync(https, cancellationToken).ConfigureAwait(false);
        var httpUrl = new UriBuilder(https) { Scheme = "http", Port = _options.HttpPort == 80 ? -1 : _options.HttpPort }.Uri;
        var http = await fetcher.GetAsync(httpUrl, cancellationToken).ConfigureAwait(false);
        var (certificate, certificateError) = await prober.InspectCertificateAsync(host, https.Port, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<TlsProtocolProbe> protocols = _options.ProbeTlsVersions && certificate is not null
            ? await prober.ProbeVersionsAsync(host, https.Port, cancellationToken).ConfigureAwait(false)
            : [];
        FetchResult? securityTxt = null;
        if (page.Completed)
        {
            var root = new UriBuilder(https) { Path = "/.well-known/security.txt", Query = string.Empty, Fragment = string.Empty }.Uri;
            securityTxt = await fetcher.GetAsync(root, cancellationToken).ConfigureAwait(false);
        }

        return new SiteSnapshot
        {
            Target = https,
            CheckedAt = checkedAt,
            Https = page,
            Http = http,
            Certificate = certificate,
            CertificateError = certificateError,
            Protocols = protocols,
            SecurityTxt = securityTxt,
        };
    }
}
