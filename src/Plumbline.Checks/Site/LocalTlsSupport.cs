using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Plumbline.Checks.Site;

/// <summary>Finds out whether this machine's TLS library will speak a protocol version at all, by handshaking with
/// itself over loopback. Modern OpenSSL builds refuse TLS 1.0 and 1.1 outright; a probe of a server from such a
/// machine proves nothing, and the check must say so instead of reporting "refused".</summary>
public static class LocalTlsSupport
{
    private static readonly ConcurrentDictionary<SslProtocols, Lazy<Task<bool>>> Cache = new();

    /// <summary>True when a loopback client and server on this machine complete a handshake with only <paramref name="protocol"/>.</summary>
    public static Task<bool> SupportsAsync(SslProtocols protocol) =>
        Cache.GetOrAdd(protocol, p => new Lazy<Task<bool>>(() => SelfTestAsync(p))).Value;

    private static async Task<bool> SelfTestAsync(SslProtocols protocol)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.FromUnixTimeSeconds(0).AddYears(40);
        using var certificate = request.CreateSelfSigned(now.AddYears(-50), now.AddYears(100));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var serverTask = Task.Run(
            async () =>
            {
                using var accepted = await listener.AcceptTcpClientAsync(timeout.Token).ConfigureAwait(false);
                await using var server = new SslStream(accepted.GetStream());
                await server.AuthenticateAsServerAsync(
                    new SslServerAuthenticationOptions { ServerCertificate = certificate, EnabledSslProtocols = protocol },
                    timeout.Token).ConfigureAwait(false);
            },
            timeout.Token);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            await using var stream = new SslStream(client.GetStream());
            await stream.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    // A full handshake each time (see HttpFetcher): the probe must see the certificate and the protocol.
                    AllowTlsResume = false,
                    TargetHost = "localhost",
                    EnabledSslProtocols = protocol,
                    // A self-test against our own throwaway certificate: trust is not the question here.
#pragma warning disable CA5359
                    RemoteCertificateValidationCallback = (_, _, _, _) => true,
#pragma warning restore CA5359
                },
                timeout.Token).ConfigureAwait(false);
            await serverTask.ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException or SocketException or OperationCanceledException or PlatformNotSupportedException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
