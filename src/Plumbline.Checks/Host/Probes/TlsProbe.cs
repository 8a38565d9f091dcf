using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Plumbline.Checks.Net;

namespace Plumbline.Checks.Host.Probes;

/// <summary>A TLS handshake over an open connection, keeping the certificate for <see cref="CertificateValidator"/> to judge.</summary>
internal static class TlsProbe
{
    /// <summary>The TLS stream and the inspected certificate, or null stream (and why) when no handshake completed.</summary>
    public static async Task<(SslStream? Stream, CertificateReport? Certificate, string? Error)> HandshakeAsync(
        Stream inner, string host, CertificateValidator validator, CancellationToken cancellationToken)
    {
        X509Certificate2? leaf = null;
        var intermediates = new List<X509Certificate2>();
        var ssl = new SslStream(inner, leaveInnerStreamOpen: true);
        try
        {
            await ssl.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    AllowTlsResume = false,
                    TargetHost = host,
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                    // Inspection only: the certificate is judged by CertificateValidator, and what is sent over this
                    // connection (GET / or nothing) carries no credentials, so accepting it here trusts nothing.
#pragma warning disable CA5359
                    RemoteCertificateValidationCallback = (_, certificate, chain, _) =>
                    {
                        leaf = certificate is null ? null : new X509Certificate2(certificate);
                        intermediates.AddRange(chain?.ChainPolicy.ExtraStore.Cast<X509Certificate2>().Select(c => new X509Certificate2(c)) ?? []);
                        return true;
                    },
#pragma warning restore CA5359
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException or OperationCanceledException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            return (null, leaf is null ? null : validator.Inspect(leaf, intermediates, host), ex is OperationCanceledException ? "the TLS handshake did not finish in time" : ProbeIo.Printable(ex.Message));
        }

        return (ssl, leaf is null ? null : validator.Inspect(leaf, intermediates, host), null);
    }
}
