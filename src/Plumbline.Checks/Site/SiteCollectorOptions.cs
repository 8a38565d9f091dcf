using Plumbline.Checks.Net;

namespace Plumbline.Checks.Site;

/// <summary>How the site collector connects.</summary>
public sealed record SiteCollectorOptions
{
    /// <summary>Limits, guard, extra trusted roots and clock.</summary>
    public NetworkOptions Network { get; init; } = NetworkOptions.Default;

    /// <summary>The port tried for plain HTTP when the target is https (80, except in tests, which cannot bind it).
    /// An http target is fetched on the port it names.</summary>
    public int HttpPort { get; init; } = 80;

    /// <summary>The port tried for HTTPS when the target is http (443, except in tests). An https target is fetched on
    /// the port it names.</summary>
    public int HttpsPort { get; init; } = 443;

    /// <summary>Whether to offer each TLS version alone (four extra handshakes).</summary>
    public bool ProbeTlsVersions { get; init; } = true;
}
