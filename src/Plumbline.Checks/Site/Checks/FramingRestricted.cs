using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site stop other sites from framing it (X-Frame-Options or CSP frame-ancestors), against clickjacking?</summary>
public sealed class FramingRestricted : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("FramingRestricted", "Does the site forbid being framed by other sites?", "site", "send-basic-security-headers");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Page is not { } page)
        {
            yield return SiteFinding.NoPage(Descriptor, snapshot);
            yield break;
        }

        var xfo = page.Header("x-frame-options")?.Trim().ToUpperInvariant();
        var evidence = SiteFinding.Header(page, "x-frame-options").ToList();
        if (snapshot.Csp is { RestrictsFraming: true } csp)
        {
            evidence.Add($"content-security-policy frame-ancestors: {string.Join(' ', csp.Directives["frame-ancestors"])}");
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} restricts framing with CSP frame-ancestors.", evidence);
        }
        else if (xfo is "DENY" or "SAMEORIGIN")
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} restricts framing with X-Frame-Options: {xfo}.", evidence);
        }
        else
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"{snapshot.Host} can be framed by any site (no X-Frame-Options or CSP frame-ancestors), which enables clickjacking.", evidence);
        }
    }
}
