using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site publish a current <c>/.well-known/security.txt</c> (RFC 9116) with a Contact and an Expires?</summary>
public sealed class SecurityTxtPublished : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("SecurityTxtPublished", "Does the site publish security.txt?", "site", "publish-security-txt");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.SecurityTxt is not { } fetch)
        {
            yield return SiteFinding.NoPage(Descriptor, snapshot);
            yield break;
        }

        var response = fetch.Final;
        var url = fetch.Requested.ToString();
        if (response is null || response.Status != 200)
        {
            var what = response is null ? fetch.Error : $"HTTP {response.Status}";
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"{snapshot.Host} publishes no security.txt ({what}), so someone who finds a hole has no one to tell.", [$"GET {url}: {what}"], "missing");
            yield break;
        }

        var lines = response.Body.Split('\n').Select(l => l.Trim()).ToList();
        var contacts = lines.Where(l => l.StartsWith("Contact:", StringComparison.OrdinalIgnoreCase)).ToList();
        var expires = lines.FirstOrDefault(l => l.StartsWith("Expires:", StringComparison.OrdinalIgnoreCase));
        var evidence = contacts.Append(expires ?? "Expires: (missing)").Prepend($"content-type: {response.Header("content-type")}").ToList();
        var isText = response.Header("content-type")?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;
        if (!isText || contacts.Count == 0)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"{url} is not a valid security.txt ({(isText ? "no Contact: line" : "not served as text/plain")}).", evidence, "invalid");
        }
        else if (expires is null || !DateTimeOffset.TryParse(expires["Expires:".Length..].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until))
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"The security.txt of {snapshot.Host} has no valid Expires: line, which RFC 9116 requires.", evidence, "invalid");
        }
        else if (until < snapshot.CheckedAt)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"The security.txt of {snapshot.Host} expired on {until:yyyy-MM-dd}; its contacts may be stale.", evidence, "expired");
        }
        else
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} publishes a current security.txt.", evidence);
        }
    }
}
