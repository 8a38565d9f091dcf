using Plumbline.Checks.Site.Headers;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site send a Referrer-Policy that keeps its URLs from leaking to other sites?</summary>
public sealed class ReferrerPolicySet : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("ReferrerPolicySet", "Does the site send a private Referrer-Policy?", "site", "send-basic-security-headers");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Page is not { } page)
        {
            yield return SiteFinding.NoPage(Descriptor, snapshot);
            yield break;
        }

        var evidence = SiteFinding.Header(page, "referrer-policy");
        var policy = ReferrerPolicy.Of(page.All("referrer-policy"));
        if (policy is null)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"{snapshot.Host} sends no Referrer-Policy; modern browsers default to strict-origin-when-cross-origin, older ones leak full URLs.", evidence, "missing");
        }
        else if (policy.Effective is null)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"The Referrer-Policy of {snapshot.Host} ('{policy.Value}') names no policy browsers know, so they ignore it.", evidence, "invalid");
        }
        else if (policy.IsPrivate)
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} sends Referrer-Policy: {policy.Effective}.", evidence);
        }
        else
        {
            var leaks = policy.Effective is "origin" or "origin-when-cross-origin"
                ? "which sends the site's origin to other sites even from HTTPS to plain HTTP"
                : "which sends full URLs (with any tokens in them) to other sites";
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"The Referrer-Policy of {snapshot.Host} is '{policy.Effective}', {leaks}.", evidence, "unsafe");
        }
    }
}
