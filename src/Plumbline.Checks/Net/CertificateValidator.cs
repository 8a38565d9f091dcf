using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Plumbline.Checks.Net;

/// <summary>Validates server certificates against the system roots, plus any extra roots the operator trusts.</summary>
/// <remarks>Extra roots are tried only after the system trust fails, so they add trust and never remove checks.
/// Revocation is not checked: that would contact the CA, and tests must touch only loopback.</remarks>
public sealed class CertificateValidator
{
    private readonly X509Certificate2Collection _extraRoots;
    private readonly TimeProvider _time;

    public CertificateValidator(X509Certificate2Collection extraRoots, TimeProvider time)
    {
        _extraRoots = extraRoots;
        _time = time;
    }

    /// <summary>Inspects a leaf certificate presented for <paramref name="host"/>, with the intermediates the server sent.</summary>
    public CertificateReport Inspect(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, string host)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        var extra = intermediates.Where(c => !c.RawData.AsSpan().SequenceEqual(leaf.RawData)).ToList();
        var (trusted, problems, chain) = BuildChain(leaf, extra, useExtraRoots: false);
        var byExtra = false;
        if (!trusted && _extraRoots.Count > 0)
        {
            var second = BuildChain(leaf, extra, useExtraRoots: true);
            if (second.Trusted)
            {
                (trusted, problems, chain, byExtra) = (second.Trusted, second.Problems, second.Chain, true);
            }
        }

        return new CertificateReport(
            leaf.Subject,
            leaf.Issuer,
            DnsNames(leaf),
            new DateTimeOffset(leaf.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(leaf.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            leaf.MatchesHostname(host.Trim('[', ']'), allowWildcards: true, allowCommonName: false),
            trusted,
            problems,
            chain,
            byExtra);
    }

    /// <summary>True when the certificate is trusted, current and valid for the host: what an HTTPS request requires.</summary>
    public bool IsAcceptable(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, string host)
    {
        var report = Inspect(leaf, intermediates, host);
        return report.ChainTrusted && report.NameMatches && report.IsCurrent(_time.GetUtcNow());
    }

    /// <summary>A TLS callback that accepts only acceptable certificates (system trust or an extra root).</summary>
    public RemoteCertificateValidationCallback Callback(string host) => (_, certificate, chain, errors) =>
    {
        if (certificate is null)
        {
            return false;
        }

        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // Only a chain problem can be cured by an extra root; a wrong name or missing certificate cannot.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || _extraRoots.Count == 0)
        {
            return false;
        }

        using var leaf = new X509Certificate2(certificate);
        var intermediates = chain?.ChainElements.Select(e => e.Certificate).ToList() ?? [];
        return IsAcceptable(leaf, intermediates, host);
    };

    private (bool Trusted, IReadOnlyList<string> Problems, IReadOnlyList<string> Chain) BuildChain(X509Certificate2 leaf, List<X509Certificate2> intermediates, bool useExtraRoots)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = _time.GetUtcNow().UtcDateTime;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.ExtraStore.AddRange(intermediates.ToArray());
        if (useExtraRoots)
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(_extraRoots);
        }

        var ok = chain.Build(leaf);
        var problems = chain.ChainStatus
            .Where(s => s.Status != X509ChainStatusFlags.NoError && s.Status != X509ChainStatusFlags.NotTimeValid)
            .Select(s => $"{s.Status}: {s.StatusInformation.Trim()}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var subjects = chain.ChainElements.Select(e => e.Certificate.Subject).ToList();
        return (ok && problems.Count == 0, problems, subjects);
    }

    private static List<string> DnsNames(X509Certificate2 leaf)
    {
        var names = new List<string>();
        foreach (var ext in leaf.Extensions)
        {
            if (ext is X509SubjectAlternativeNameExtension san)
            {
                names.AddRange(san.EnumerateDnsNames());
                names.AddRange(san.EnumerateIPAddresses().Select(a => a.ToString()));
            }
        }

        return names;
    }
}
