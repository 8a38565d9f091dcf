using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Host.Checks;

/// <summary>Is the Docker Engine API closed to the network?</summary>
public sealed class DockerApiNotExposed : ICheck<HostSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("DockerApiNotExposed", "Is the Docker Engine API closed to the network?", "host", "close-docker-api");

    public IEnumerable<Finding> Run(HostSnapshot snapshot) =>
        HostFinding.Exposed(Descriptor, snapshot, "container-api", "No Docker Engine API answered");
}
