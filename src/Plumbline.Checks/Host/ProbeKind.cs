namespace Plumbline.Checks.Host;

/// <summary>The read-only exchange sent to an open port (every one is described in docs/host.md).</summary>
public enum ProbeKind
{
    /// <summary>Connect only.</summary>
    None,

    /// <summary>Read what the server says first (SSH, FTP, SMTP, POP3, IMAP, MySQL, VNC); sends nothing.</summary>
    Banner,

    /// <summary><c>GET /</c> over plain HTTP: status, Server header, page title.</summary>
    Http,

    /// <summary>A TLS handshake (certificate kept), then <c>GET /</c>.</summary>
    Https,

    /// <summary>A TLS handshake only (certificate kept), for mail over TLS.</summary>
    Tls,

    /// <summary>Redis <c>PING</c>, without authenticating.</summary>
    Redis,

    /// <summary>MongoDB <c>hello</c> in an OP_MSG.</summary>
    MongoDb,

    /// <summary>Elasticsearch <c>GET /</c>.</summary>
    Elasticsearch,

    /// <summary>Docker Engine <c>GET /version</c>.</summary>
    Docker,

    /// <summary>Docker Engine <c>GET /version</c> over TLS.</summary>
    DockerTls,

    /// <summary>RDP X.224 connection request with a negotiation request; nothing after the answer.</summary>
    Rdp,

    /// <summary>SMB2 NEGOTIATE; nothing after the answer.</summary>
    Smb,

    /// <summary>PostgreSQL SSLRequest (8 bytes); the one-byte answer names the server.</summary>
    PostgreSql,
}
