using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Plumbline.Checks.Net;

namespace Plumbline.Checks.Site;

/// <summary>Handshakes with a server to see its certificate and which TLS versions it accepts. No application data
/// is sent, so the handshake may look at an untrusted certificate without trusting it.</summary>
public sealed class TlsProber
{
    private readonly NetworkOptions _options;

    public TlsProber(NetworkOptions options) => _options = options;

    /// <summary>The versions probed, oldest first.</summary>
#pragma warning disable SYSLIB0039, CA5397 // TLS 1.0 and 1.1 are obsolete: offering them is the point of the probe.
    public static IReadOnlyList<(SslProtocols Protocol, string Name)> Versions { get; } =
    [
        (SslProtocols.Tls, "TLS 1.0"),
        (SslProtocols.Tls11, "TLS 1.1"),
        (SslProtocols.Tls12, "TLS 1.2"),
        (SslProtocols.Tls13, "TLS 1.3"),
    ];
#pragma warning restore SYSLIB0039, CA5397

    /// <summary>Completes a handshake with the system defaults and inspects the certificate presented.</summary>
    public async Task<(CertificateReport? Report, string? Error)> InspectCertificateAsync(string host, int port, CancellationToken cancellationToken)
    {
        X509Certificate2? leaf = null;
        var intermediates = new List<X509Certificate2>();
        try
        {
            await HandshakeAsync(host, port, SslProtocols.None, (certificate, chain) =>
            {
                leaf = certificate is null ? null : new X509Certificate2(certificate);
                intermediates.AddRange(chain?.ChainPolicy.ExtraStore.Cast<X509Certificate2>().Select(c => new X509Certificate2(c)) ?? []);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException or SocketException or TargetRefusedException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            if (leaf is null)
            {
                return (null, HttpFetcher.Describe(ex).Message);
            }
        }

        if (leaf is null)
        {
            return (null, "the server presented no certificate");
        }

        using (leaf)
        {
            var report = new CertificateValidator(_options.ExtraTrustedRoots, _options.Time).Inspect(leaf, intermediates, host);
            foreach (var c in intermediates)
            {
                c.Dispose();
            }

            return (report, null);
        }
    }

    /// <summary>Offers each version alone and records whether the server accepts it.</summary>
    public async Task<IReadOnlyList<TlsProtocolProbe>> ProbeVersionsAsync(string host, int port, CancellationToken cancellationToken)
    {
        var results = new List<TlsProtocolProbe>();
        foreach (var (protocol, name) in Versions)
        {
            results.Add(await ProbeAsync(host, port, protocol, name, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<TlsProtocolProbe> ProbeAsync(string host, int port, SslProtocols protocol, string name, CancellationToken cancellationToken)
    {
        if (!await LocalTlsSupport.SupportsAsync(protocol).ConfigureAwait(false))
        {
            return new TlsProtocolProbe(name, TlsProbeResult.Inconclusive, $"this machine's TLS library will not offer {name}, so whether the server accepts it cannot be tested from here");
        }

        try
        {
            var negotiated = await HandshakeAsync(host, port, protocol, null, cancellationToken).ConfigureAwait(false);
            return new TlsProtocolProbe(name, TlsProbeResult.Accepted, $"the server completed a {name} handshake ({negotiated})");
        }
        catch (AuthenticationException ex)
        {
            return new TlsProtocolProbe(name, TlsProbeResult.Refused, $"the server refused a {name} handshake ({ex.Message})");
        }
        catch (IOException ex)
        {
            // A server that drops the connection on seeing an old ClientHello is refusing it.
            return new TlsProtocolProbe(name, TlsProbeResult.Refused, $"the server closed the connection on a {name} hello ({ex.Message})");
        }
        catch (Exception ex) when (ex is SocketException or TargetRefusedException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new TlsProtocolProbe(name, TlsProbeResult.Inconclusive, $"could not connect: {HttpFetcher.Describe(ex).Message}");
        }
    }

    private async Task<SslProtocols> HandshakeAsync(string host, int port, SslProtocols protocols, Action<X509Certificate?, X509Chain?>? capture, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var socket = await _options.Guard.ConnectSocketAsync(host, port, timeout.Token).ConfigureAwait(false);
        await using var stream = new SslStream(new NetworkStream(socket, ownsSocket: false));
        await stream.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions
            {
                // A full handshake each time (see HttpFetcher): the probe must see the certificate and the protocol.
                AllowTlsResume = false,
                TargetHost = host,
                EnabledSslProtocols = protocols,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                // Inspection only: the certificate is recorded and judged by CertificateValidator; no request is sent
                // over this connection, so accepting it here trusts nothing.
#pragma warning disable CA5359
                RemoteCertificateValidationCallback = (_, certificate, chain, _) =>
                {
                    capture?.Invoke(certificate, chain);
                    return true;
                },
#pragma warning restore CA5359
            },
            timeout.Token).ConfigureAwait(false);
        return stream.SslProtocol;
    }
}
