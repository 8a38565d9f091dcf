using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Are the site's cookies Secure, HttpOnly and SameSite? One finding per cookie name; values are never shown.</summary>
public sealed class CookiesSecured : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("CookiesSecured", "Are cookies set with Secure, HttpOnly and SameSite?", "site", "secure-cookies");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Page is null)
        {
            yield return SiteFinding.NoPage(Descriptor, snapshot);
            yield break;
        }

        var cookies = snapshot.Cookies.GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (cookies.Count == 0)
        {
            yield return SiteFinding.NotApplicable(Descriptor, snapshot, $"{snapshot.Host} sets no cookies on the page checked.");
            yield break;
        }

        foreach (var cookie in cookies)
        {
            var missing = cookie.Missing;
            if (missing.Count == 0)
            {
                yield return SiteFinding.Pass(Descriptor, snapshot, $"The cookie '{cookie.Name}' is Secure, HttpOnly and SameSite.", [cookie.ToString()]);
            }
            else
            {
                var severity = missing.Contains("Secure") ? Severity.High : missing.Contains("HttpOnly") ? Severity.Medium : Severity.Low;
                yield return SiteFinding.Fail(Descriptor, snapshot, severity, $"The cookie '{cookie.Name}' is set without {string.Join(", ", missing)}.", [cookie.ToString()], cookie.Name);
            }
        }
    }
}
