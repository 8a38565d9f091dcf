using Plumbline.Checks.Net;
using Plumbline.Checks.Site.Headers;

namespace Plumbline.Checks.Site;

/// <summary>What a website answered over HTTP and HTTPS, collected once; checks only read it.</summary>
public sealed record SiteSnapshot
{
    /// <summary>The HTTPS URL checked.</summary>
    public required Uri Target { get; init; }

    /// <summary>When it was collected (certificate expiry is judged against this).</summary>
    public required DateTimeOffset CheckedAt { get; init; }

    /// <summary>The HTTPS fetch with its redirects.</summary>
    public required FetchResult Https { get; init; }

    /// <summary>The plain-HTTP fetch of the same host, or null when not tried.</summary>
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

    /// <summary>The final HTTPS response, whose headers the header checks read.</summary>
    public HttpExchange? Page => Https.Final;

    /// <summary>Every cookie set over HTTPS and HTTP, in order.</summary>
    public IReadOnlyList<SetCookie> Cookies =>
        [.. Https.Hops.Concat(Http?.Hops ?? []).SelectMany(h => h.All("set-cookie")).Select(SetCookie.Parse).OfType<SetCookie>()];

    /// <summary>The page's Content-Security-Policy, or null when it sends none.</summary>
    public ContentSecurityPolicy? Csp =>
        Page?.All("content-security-policy") is { Count: > 0 } values ? ContentSecurityPolicy.Parse(values) : null;
}
