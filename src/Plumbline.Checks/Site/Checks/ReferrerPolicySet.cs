using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site send a Referrer-Policy that keeps full URLs from leaking to other sites?</summary>
public sealed class ReferrerPolicySet : ICheck<SiteSnapshot>
{
    /// <summary>Policies that never send a full URL cross-origin.</summary>
    public static readonly IReadOnlySet<string> Private = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin", "origin", "origin-when-cross-origin",
    };

    public CheckDescriptor Descriptor { get; } = new("ReferrerPolicySet", "Does the site send a private Referrer-Policy?", "site", "send-basic-security-headers");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Page is not { } page)
        {
            yield return SiteFinding.NoPage(Descriptor, snapshot);
            yield break;
        }

        var evidence = SiteFinding.Header(page, "referrer-policy");
        // Several comma-separated values: the last one the browser understands wins.
        var effective = page.Header("referrer-policy")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (effective is null)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"{snapshot.Host} sends no Referrer-Policy; modern browsers default to strict-origin-when-cross-origin, older ones leak full URLs.", evidence, "missing");
        }
        else if (Private.Contains(effective))
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} sends Referrer-Policy: {effective}.", evidence);
        }
        else
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"The Referrer-Policy of {snapshot.Host} is '{effective}', which sends full URLs (with any tokens in them) to other sites.", evidence, "unsafe");
        }
    }
}
