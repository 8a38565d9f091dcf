using Plumbline.Checks.Net;

namespace Plumbline.Checks.Host;

/// <summary>What a probe learned from one open port. Everything here came from the target: reports escape it.</summary>
public sealed record ServiceObservation
{
    /// <summary>The service, nmap's name for it (<c>ssh</c>, <c>redis</c>, <c>ssl/http</c>).</summary>
    public required string Service { get; init; }

    /// <summary>True when the answer named the service; false when only the port number suggests it.</summary>
    public bool Identified { get; init; }

    /// <summary>The server product the answer named (<c>OpenSSH</c>, <c>Apache</c>), or null.</summary>
    public string? Product { get; init; }

    /// <summary>Its version as the answer spelt it (<c>9.2p1</c>), or null.</summary>
    public string? Version { get; init; }

    /// <summary>What follows the version in a banner (<c>Debian-2+deb12u3</c>): a distribution that may backport fixes.</summary>
    public string? VersionNote { get; init; }

    /// <summary>True when the service answered a request that needs no sign-in with data (Redis PONG, Elasticsearch's
    /// cluster, Docker's version); false when it asked for credentials; null when the probe cannot tell.</summary>
    public bool? Unauthenticated { get; init; }

    /// <summary>The certificate of a TLS service, inspected; null when there was no handshake.</summary>
    public CertificateReport? Certificate { get; init; }

    /// <summary>Facts read, one line each, shown as the finding's evidence (banner, Server header, title, dialect).</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>Product and version for a table: <c>OpenSSH 9.2p1</c>.</summary>
    public string? ProductAndVersion => Product is null ? null : Version is null ? Product : $"{Product} {Version}";
}
