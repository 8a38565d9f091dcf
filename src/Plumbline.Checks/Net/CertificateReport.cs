namespace Plumbline.Checks.Net;

/// <summary>What was learned about a server's certificate.</summary>
/// <param name="Subject">The leaf's subject.</param>
/// <param name="Issuer">The leaf's issuer.</param>
/// <param name="DnsNames">The names in its subject alternative name extension.</param>
/// <param name="NotBefore">Valid from.</param>
/// <param name="NotAfter">Valid until.</param>
/// <param name="NameMatches">True when valid for the host asked for.</param>
/// <param name="ChainTrusted">True when it chains to a trusted root (ignoring dates, judged separately).</param>
/// <param name="ChainProblems">Chain status messages when not trusted.</param>
/// <param name="Chain">The subjects from leaf to root as built.</param>
/// <param name="TrustedByExtraRoot">True when trust came from an extra root given by the operator.</param>
public sealed record CertificateReport(
    string Subject,
    string Issuer,
    IReadOnlyList<string> DnsNames,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    bool NameMatches,
    bool ChainTrusted,
    IReadOnlyList<string> ChainProblems,
    IReadOnlyList<string> Chain,
    bool TrustedByExtraRoot)
{
    /// <summary>Whole days from <paramref name="now"/> to expiry; negative when expired.</summary>
    public int DaysToExpiry(DateTimeOffset now) => (int)Math.Floor((NotAfter - now).TotalDays);

    /// <summary>True when inside its validity period at <paramref name="now"/>.</summary>
    public bool IsCurrent(DateTimeOffset now) => now >= NotBefore && now <= NotAfter;
}
