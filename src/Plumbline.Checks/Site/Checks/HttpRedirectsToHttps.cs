using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does plain HTTP redirect straight to HTTPS on the same host?</summary>
public sealed class HttpRedirectsToHttps : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HttpRedirectsToHttps", "Does HTTP redirect to HTTPS?", "site", "redirect-http-to-https");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        var http = snapshot.Http;
        if (http is null || (http.Hops.Count == 0 && http.Error is not null))
        {
            yield return SiteFinding.NotApplicable(Descriptor, snapshot, $"{snapshot.Host} does not serve plain HTTP ({http?.Error ?? "not tried"}), so there is nothing to redirect.");
            yield break;
        }

        var evidence = http.Hops.Select(h => $"{h.Status} {h.Url}{(h.RedirectTarget is { } t ? $" → {t}" : string.Empty)}").ToList();
        var first = http.Hops[0];
        var target = first.RedirectTarget;
        if (target is { Scheme: "https" } && string.Equals(target.IdnHost, first.Url.IdnHost, StringComparison.OrdinalIgnoreCase))
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"HTTP on {snapshot.Host} redirects to HTTPS ({first.Status}).", evidence);
        }
        else if (http.Hops.Any(h => h.Url.Scheme == "https"))
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"HTTP on {snapshot.Host} reaches HTTPS only after a detour; redirect first to HTTPS on the same host so HSTS can be set.", evidence, "indirect");
        }
        else
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"HTTP on {snapshot.Host} serves the site unencrypted (HTTP {http.Hops[^1].Status}) instead of redirecting to HTTPS.", evidence, "none");
        }
    }
}
