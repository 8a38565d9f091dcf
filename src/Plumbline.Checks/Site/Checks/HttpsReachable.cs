using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site answer over HTTPS with a certificate a browser accepts?</summary>
public sealed class HttpsReachable : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HttpsReachable", "Does the site answer over HTTPS?", "site", "serve-https");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        var https = snapshot.Https;
        var evidence = https.Hops.Select(h => $"{h.Status} {h.Url}").ToList();
        if (https.Refused)
        {
            yield return SiteFinding.Inconclusive(Descriptor, snapshot, $"Not checked: {https.Error}.", evidence);
        }
        else if (snapshot.HttpsDowngrades)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.High, $"{https.Requested} redirects to plain HTTP ({https.Final!.Url}), so the page is served unencrypted; redirect to HTTPS instead.", evidence, "downgrade");
        }
        else if (https.Final is { } page)
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} answers over HTTPS (HTTP {page.Status}).", evidence);
        }
        else
        {
            evidence.Add($"error: {https.Error}");
            var why = https.Error?.StartsWith("TLS", StringComparison.Ordinal) == true && snapshot.Certificate is not null
                ? " because browsers would reject its certificate"
                : string.Empty;
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Critical, $"{https.Requested} cannot be loaded over HTTPS{why}: {https.Error}", evidence);
        }
    }
}
