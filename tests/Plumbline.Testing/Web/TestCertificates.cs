using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Plumbline.Testing.Web;

/// <summary>Certificates made in the test: a throwaway CA and leaves signed by it (valid, expired, for another name),
/// and a self-signed one. Keys are ECDSA P-256 so they are quick to make.</summary>
public sealed class TestCertificates : IDisposable
{
    private readonly DateTimeOffset _now;

    public TestCertificates(DateTimeOffset now, string caName = "Plumbline Test CA")
    {
        _now = now;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={caName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Authority = request.CreateSelfSigned(now.AddDays(-30), now.AddYears(5));
    }

    /// <summary>The CA certificate, with its private key.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The CA as PEM, for <c>--ca-file</c>.</summary>
    public string AuthorityPem => Authority.ExportCertificatePem();

    /// <summary>A leaf for the names, signed by the CA, valid from <paramref name="notBefore"/> to <paramref name="notAfter"/> (relative to now).</summary>
    public X509Certificate2 Leaf(string[] names, TimeSpan? notBefore = null, TimeSpan? notAfter = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = LeafRequest(names, key);
        var serial = RandomNumberGenerator.GetBytes(12);
        using var caKey = Authority.GetECDsaPrivateKey()!;
        var generator = X509SignatureGenerator.CreateForECDsa(caKey);
        using var cert = request.Create(Authority.SubjectName, generator, _now + (notBefore ?? TimeSpan.FromDays(-1)), _now + (notAfter ?? TimeSpan.FromDays(90)), serial);
        return Exportable(cert.CopyWithPrivateKey(key));
    }

    /// <summary>A self-signed leaf for the names.</summary>
    public X509Certificate2 SelfSigned(string[] names)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = LeafRequest(names, key);
        using var cert = request.CreateSelfSigned(_now.AddDays(-1), _now.AddDays(90));
        return Exportable(cert);
    }

    /// <summary>Writes the CA as PEM to a file in <paramref name="directory"/> and returns its path.</summary>
    public string WriteAuthorityPem(string directory)
    {
        var path = Path.Combine(directory, "test-ca.pem");
        File.WriteAllText(path, AuthorityPem);
        return path;
    }

    private static CertificateRequest LeafRequest(string[] names, ECDsa key)
    {
        var request = new CertificateRequest($"CN={names[0]}", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        foreach (var name in names)
        {
            if (System.Net.IPAddress.TryParse(name, out var ip))
            {
                san.AddIpAddress(ip);
            }
            else
            {
                san.AddDnsName(name);
            }
        }

        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request;
    }

    // Round-trip through PKCS#12 so the key is usable by the TLS server on every platform.
    private static X509Certificate2 Exportable(X509Certificate2 cert) =>
        X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12, "t"), "t", X509KeyStorageFlags.Exportable);

    public void Dispose() => Authority.Dispose();
}
