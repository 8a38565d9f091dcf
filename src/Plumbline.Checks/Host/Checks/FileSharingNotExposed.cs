using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host.Checks;

/// <summary>Is Windows file sharing (SMB, NetBIOS) closed to the network?</summary>
public sealed class FileSharingNotExposed : ICheck<HostSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("FileSharingNotExposed", "Is Windows file sharing (SMB, NetBIOS) closed to the network?", "host", "close-file-sharing");

    public IEnumerable<Finding> Run(HostSnapshot snapshot) =>
        HostFinding.Exposed(Descriptor, snapshot, "file-sharing", "No Windows file sharing (SMB, NetBIOS) answered");
}
