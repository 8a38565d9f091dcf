using Plumbline.Checks.Net;
using Plumbline.Checks.Site.Headers;

namespace Plumbline.Checks.Site;

/// <summary>What a website answered over HTTP and HTTPS, collected once; checks only read it.</summary>
public sealed record SiteSnapshot
{
    /// <summary>The URL checked, as the operator gave it (http or https, their port).</summary>
    public required Uri Target { get; init; }

    /// <summary>When it was collected (certificate expiry is judged against this).</summary>
    public required DateTimeOffset CheckedAt { get; init; }

    /// <summary>The HTTPS fetch with its redirects (the target itself when it is https, else HTTPS on the same host).</summary>
    public required FetchResult Https { get; init; }

    /// <summary>The plain-HTTP fetch (the target itself when it is http, else HTTP on the same host), or null when not tried.</summary>
    public FetchResult? Http { get; init; }

    /// <summary>The certificate the server presented, inspected; null when no handshake completed.</summary>
    public CertificateReport? Certificate { get; init; }

    /// <summary>Why no certificate could be inspected.</summary>
    public string? CertificateError { get; init; }

    /// <summary>One probe per TLS version.</summary>
    public IReadOnlyList<TlsProtocolProbe> Protocols { get; init; } = [];

    /// <summary>The fetch of <c>/.well-known/security.txt</c>, or null when not tried.</summary>
    public FetchResult? SecurityTxt { get; init; }

    /// <summary>The host name checked.</summary>
    public string Host => Target.IdnHost;

    /// <summary>The final response of the HTTPS fetch when it stayed on HTTPS.</summary>
    public HttpExchange? HttpsPage => Https.Final is { Url.Scheme: "https" } page ? page : null;

    /// <summary>True when the HTTPS URL redirects to plain HTTP: the page ends up unencrypted.</summary>
    public bool HttpsDowngrades => Https.Final is { Url.Scheme: "http" };

    /// <summary>True when no TLS handshake completed at all but plain HTTP answered: a site served only over HTTP.
    /// A site whose certificate is refused is not HTTP-only: its HTTPS exists and is broken.</summary>
    public bool HttpOnly => Certificate is null && !Https.Completed && !Https.Refused && Http is { Completed: true };

    /// <summary>The page whose headers the header checks read: the HTTPS page; else, for a downgrading or HTTP-only
    /// site, the plain-HTTP page that answered (judged as such); null when nothing usable answered.</summary>
    public HttpExchange? Page => HttpsPage ?? (HttpsDowngrades ? Https.Final : HttpOnly ? Http!.Final : null);

    /// <summary>True when the page judged came over HTTPS.</summary>
    public bool PageIsHttps => HttpsPage is not null;

    /// <summary>Every cookie set over HTTPS and HTTP, in order.</summary>
    public IReadOnlyList<SetCookie> Cookies =>
        [.. Https.Hops.Concat(Http?.Hops ?? []).SelectMany(h => h.All("set-cookie")).Select(SetCookie.Parse).OfType<SetCookie>()];

    /// <summary>Why there is no page to judge, for the checks that need one.</summary>
    public string NoPageReason => Https.Error ?? "no response";

    /// <summary>The page's Content-Security-Policy, or null when it sends none.</summary>
    public ContentSecurityPolicy? Csp =>
        Page?.All("content-security-policy") is { Count: > 0 } values ? ContentSecurityPolicy.Parse(values) : null;
}
