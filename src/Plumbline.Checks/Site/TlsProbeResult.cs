namespace Plumbline.Checks.Site;

/// <summary>Whether a server completed a handshake with one TLS version.</summary>
public enum TlsProbeResult
{
    /// <summary>The handshake completed: the server accepts this version.</summary>
    Accepted,

    /// <summary>The server refused the handshake.</summary>
    Refused,

    /// <summary>Nothing can be concluded (this machine cannot offer the version, or the network failed).</summary>
    Inconclusive,
}
