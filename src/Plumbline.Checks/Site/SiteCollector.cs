using Plumbline.Checks.Net;

namespace Plumbline.Checks.Site;

/// <summary>Fetches a site over HTTPS and HTTP, inspects its certificate and TLS versions, and reads security.txt,
/// into a <see cref="SiteSnapshot"/>. Network failures are recorded, never thrown.</summary>
public sealed class SiteCollector
{
    private readonly SiteCollectorOptions _options;

    public SiteCollector(SiteCollectorOptions options) => _options = options;

    /// <summary>Collects the snapshot for a URL (see <see cref="SiteTarget.Parse"/>). The scheme and port given are used
    /// as they are; the other scheme is tried on the same host at its usual port, as the HTTP Observatory does.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled (the command's deadline passed).</exception>
    public async Task<SiteSnapshot> CollectAsync(Uri target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var network = _options.Network;
        using var fetcher = new HttpFetcher(network);
        var prober = new TlsProber(network);
        var checkedAt = network.Time.GetUtcNow();

        var https = target.Scheme == "https" ? target : Other(target, "https", _options.HttpsPort, 443);
        var httpUrl = target.Scheme == "http" ? target : Other(target, "http", _options.HttpPort, 80);
        var page = await fetcher.GetAsync(https, cancellationToken).ConfigureAwait(false);
        var http = await fetcher.GetAsync(httpUrl, cancellationToken).ConfigureAwait(false);
        var (certificate, certificateError) = await prober.InspectCertificateAsync(https.IdnHost, https.Port, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<TlsProtocolProbe> protocols = _options.ProbeTlsVersions && certificate is not null
            ? await prober.ProbeVersionsAsync(https.IdnHost, https.Port, cancellationToken).ConfigureAwait(false)
            : [];
        var snapshot = new SiteSnapshot
        {
            Target = target,
            CheckedAt = checkedAt,
            Https = page,
            Http = http,
            Certificate = certificate,
            CertificateError = certificateError,
            Protocols = protocols,
        };

        // security.txt lives at the root of the origin whose page is judged.
        if (snapshot.Page is { } judged)
        {
            var root = new UriBuilder(judged.Url) { Path = "/.well-known/security.txt", Query = string.Empty, Fragment = string.Empty }.Uri;
            snapshot = snapshot with { SecurityTxt = await fetcher.GetAsync(root, cancellationToken).ConfigureAwait(false) };
        }

        return snapshot;
    }

    private static Uri Other(Uri target, string scheme, int port, int defaultPort) =>
        new UriBuilder(target) { Scheme = scheme, Port = port == defaultPort ? -1 : port }.Uri;
}
