using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site send <c>X-Content-Type-Options: nosniff</c>?</summary>
public sealed class ContentTypeOptionsSet : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("ContentTypeOptionsSet", "Does the site send X-Content-Type-Options: nosniff?", "site", "send-basic-security-headers");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Page is not { } page)
        {
            yield return SiteFinding.NoPage(Descriptor, snapshot);
        }
        else if (string.Equals(page.Header("x-content-type-options")?.Trim(), "nosniff", StringComparison.OrdinalIgnoreCase))
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} sends X-Content-Type-Options: nosniff.", SiteFinding.Header(page, "x-content-type-options"));
        }
        else
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"{snapshot.Host} does not send X-Content-Type-Options: nosniff, so browsers may run an uploaded file as a script.", SiteFinding.Header(page, "x-content-type-options"));
        }
    }
}
