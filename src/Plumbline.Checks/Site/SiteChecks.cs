using Plumbline.Checks.Site.Checks;
using Plumbline.Core.Checks;

namespace Plumbline.Checks.Site;

/// <summary>The built-in site checks, listed explicitly, in the order reports show them.</summary>
public static class SiteChecks
{
    /// <summary>Every site check.</summary>
    public static IReadOnlyList<ICheck<SiteSnapshot>> All { get; } =
    [
        new HttpsReachable(),
        new HttpRedirectsToHttps(),
        new CertificateMatchesName(),
        new CertificateChainTrusted(),
        new CertificateNotExpiring(),
        new LegacyTlsRefused(),
        new HstsEnabled(),
        new ContentSecurityPolicySet(),
        new ContentTypeOptionsSet(),
        new FramingRestricted(),
        new ReferrerPolicySet(),
        new CookiesSecured(),
        new ServerVersionHidden(),
        new SecurityTxtPublished(),
    ];
}
