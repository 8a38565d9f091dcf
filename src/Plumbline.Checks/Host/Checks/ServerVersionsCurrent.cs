using System.Text.RegularExpressions;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host.Checks;

/// <summary>Do the server versions that banners name avoid releases known to be exploited?</summary>
/// <remarks>Only versions a service states are judged. Distributions backport fixes without changing the upstream
/// version, so a banner that names a distribution is Inconclusive rather than failed.</remarks>
public sealed partial class ServerVersionsCurrent : ICheck<HostSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("ServerVersionsCurrent", "Are the server versions that banners name free of known-exploited releases?", "host", "update-exposed-servers");

    public IEnumerable<Finding> Run(HostSnapshot snapshot)
    {
        var named = new List<string>();
        var bad = false;
        foreach (var port in snapshot.Open)
        {
            if (port.Service is not { Product: { } product, Version: { } text } || ServerVersion.Parse(text) is not { } version)
            {
                continue;
            }

            named.Add($"{port.Endpoint}: {product} {text}");
            foreach (var danger in snapshot.Data.Versions.Where(v => v.Affects(product, version)))
            {
                bad = true;
                var evidence = port.Service.Evidence.Append($"reference: {danger.Reference}");
                if (Backported(port.Service))
                {
                    yield return HostFinding.Inconclusive(Descriptor, port,
                        $"{port.Endpoint} says it runs {product} {text}, a version with a known flaw, but the banner names a distribution ({port.Service.VersionNote}) that may have backported the fix; check the installed package's changelog. {danger.Says}",
                        evidence);
                }
                else
                {
                    yield return HostFinding.Fail(Descriptor, port, Severity.High, $"{port.Endpoint} says it runs {product} {text}. {danger.Says}", evidence);
                }
            }
        }

        if (!bad)
        {
            yield return named.Count == 0
                ? HostFinding.Summary(Descriptor, snapshot, Outcome.NotApplicable, $"No service named its version {HostFinding.Scope(snapshot)}")
                : HostFinding.Summary(Descriptor, snapshot, Outcome.Pass, "No version a service named is on Plumbline's list of known-exploited releases (Host/services.yml); that list is short, so keep servers updated anyway", named);
        }
    }

    private static bool Backported(ServiceObservation service) =>
        service.VersionNote is { } note && Distribution().IsMatch(note);

    [GeneratedRegex(@"Debian|Ubuntu|Raspbian|deb\d|ubuntu|el\d|Red Hat|CentOS|SUSE|FreeBSD|Alpine", RegexOptions.IgnoreCase)]
    private static partial Regex Distribution();
}
