using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host.Checks;

/// <summary>Are plaintext login protocols (FTP, Telnet) closed?</summary>
public sealed class PlaintextProtocolsClosed : ICheck<HostSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("PlaintextProtocolsClosed", "Are plaintext login protocols (FTP, Telnet) closed?", "host", "replace-plaintext-protocols");

    public IEnumerable<Finding> Run(HostSnapshot snapshot) =>
        HostFinding.Exposed(Descriptor, snapshot, "plaintext", "No FTP or Telnet answered");
}
