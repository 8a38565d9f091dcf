using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Site.Checks;

/// <summary>Does the server refuse TLS 1.0 and 1.1 (deprecated by RFC 8996)?</summary>
public sealed class LegacyTlsRefused : ICheck<SiteSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("LegacyTlsRefused", "Does the server refuse TLS 1.0 and 1.1?", "site", "disable-legacy-tls");

    public IEnumerable<Finding> Run(SiteSnapshot snapshot)
    {
        var legacy = snapshot.Protocols.Where(p => p.IsLegacy).ToList();
        var evidence = snapshot.Protocols.Select(p => $"{p.Protocol}: {p.Result} — {p.Detail}").ToList();
        if (legacy.Count == 0)
        {
            yield return SiteFinding.Inconclusive(Descriptor, snapshot, $"TLS versions were not probed ({snapshot.CertificateError ?? "no TLS handshake"}).", evidence);
        }
        else if (legacy.Where(p => p.Result == TlsProbeResult.Accepted).Select(p => p.Protocol).ToList() is { Count: > 0 } accepted)
        {
            yield return SiteFinding.Fail(Descriptor, snapshot, Severity.Medium, $"{snapshot.Host} still accepts {string.Join(" and ", accepted)}, which are deprecated and weak.", evidence);
        }
        else if (legacy.Any(p => p.Result == TlsProbeResult.Inconclusive))
        {
            yield return SiteFinding.Inconclusive(Descriptor, snapshot, $"Could not tell whether {snapshot.Host} accepts TLS 1.0/1.1: {legacy.First(p => p.Result == TlsProbeResult.Inconclusive).Detail}.", evidence);
        }
        else
        {
            yield return SiteFinding.Pass(Descriptor, snapshot, $"{snapshot.Host} refuses TLS 1.0 and 1.1.", evidence);
        }
    }
}
