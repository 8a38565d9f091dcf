using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host.Checks;

/// <summary>Is remote desktop (RDP, VNC) closed to the network?</summary>
public sealed class RemoteDesktopNotExposed : ICheck<HostSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("RemoteDesktopNotExposed", "Is remote desktop (RDP, VNC) closed to the network?", "host", "close-remote-desktop");

    public IEnumerable<Finding> Run(HostSnapshot snapshot) =>
        HostFinding.Exposed(Descriptor, snapshot, "remote-desktop", "No remote desktop (RDP, VNC) answered");
}
