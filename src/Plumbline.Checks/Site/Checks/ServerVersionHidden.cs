using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the site keep its software versions to itself (Server, X-Powered-By, X-AspNet-Version)?</summary>
public sealed class ServerVersionHidden : ICheck<SiteSnapshot>
{
    private static readonly string[] Headers = ["server", "x-powered-by", "x-aspnet-version", "x-aspnetmvc-version", "x-generator"];

    public CheckDescriptor Descriptor { get; } = new("ServerVersionHidden", "Does the site hide its software versions?", "site", "hide-server-version");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        if (snapshot.Page is not { } page)
        {
            yield return SiteFinding.NoPage(Descriptor, snapshot);
            yield break;
        }

        var disclosed = Headers.SelectMany(h => page.All(h).Select(v => (Header: h, Value: v)))
            .Where(x => x.Value.Any(char.IsAsciiDigit))
            .Select(x => $"{x.Header}: {x.Value}")
            .ToList();
        if (disclosed.Count > 0)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Low, $"{snapshot.Host} announces its software versions ({string.Join("; ", disclosed)}), telling attackers which exploits to try.", disclosed);
        }
        else
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} does not announce software versions.", Headers.SelectMany(h => page.All(h).Select(v => $"{h}: {v}")));
        }
    }
}
