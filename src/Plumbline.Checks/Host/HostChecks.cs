using Plumbline.Checks.Host.Checks;
using Plumbline.Core.Checks;

namespace Plumbline.Checks.Host;

/// <summary>The built-in host checks, listed explicitly, in the order reports show them.</summary>
public static class HostChecks
{
    /// <summary>Every host check.</summary>
    public static IReadOnlyList<ICheck<HostSnapshot>> All { get; } =
    [
        new RemoteDesktopNotExposed(),
        new FileSharingNotExposed(),
        new DockerApiNotExposed(),
        new DatastoresRequireAuthentication(),
        new DatastoresNotExposed(),
        new PlaintextProtocolsClosed(),
        new ServerVersionsCurrent(),
        new HostCertificatesValid(),
    ];
}
