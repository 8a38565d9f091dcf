using Plumbline.Checks.Site.Headers;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site send Strict-Transport-Security with a max-age of at least six months?</summary>
public sealed class HstsEnabled : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HstsEnabled", "Does the site send HSTS for at least six months?", "site", "enable-hsts");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Page is not { } page)
        {
            yield return SiteFinding.NoPage(Descriptor, snapshot);
            yield break;
        }

        var evidence = SiteFinding.Header(page, "strict-transport-security").ToList();
        if (!snapshot.PageIsHttps)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"{snapshot.Host} is served over plain HTTP ({page.Url}), and HSTS can only be set over HTTPS: serve the site over HTTPS and send Strict-Transport-Security there.", evidence, "no-https");
            yield break;
        }

        if (page.Header("strict-transport-security") is not { } value)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"{snapshot.Host} sends no Strict-Transport-Security header, so a first visit over HTTP can be intercepted.", evidence, "missing");
            yield break;
        }

        var hsts = StrictTransportSecurity.Parse(value);
        if (hsts.MaxAge is null)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"The HSTS header of {snapshot.Host} has no valid max-age, so browsers ignore it.", evidence, "invalid");
        }
        else if (!hsts.IsLongEnough)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"HSTS on {snapshot.Host} lasts only {hsts.MaxAge} seconds; use at least six months (max-age={StrictTransportSecurity.SixMonths}).", evidence, "short");
        }
        else
        {
            var extras = (hsts.IncludeSubDomains ? ", includeSubDomains" : string.Empty) + (hsts.Preload ? ", preload" : string.Empty);
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} sends HSTS (max-age={hsts.MaxAge}{extras}).", evidence);
        }
    }
}
