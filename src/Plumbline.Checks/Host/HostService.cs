namespace Plumbline.Checks.Host;

/// <summary>A port tried by default: the service usually behind it, the probe sent, and what an open one exposes.</summary>
/// <param name="Port">The TCP port.</param>
/// <param name="Name">The service name, as nmap names it (<c>ssh</c>, <c>ms-wbt-server</c>).</param>
/// <param name="Probe">The read-only probe sent once connected.</param>
/// <param name="Exposure">The id of the <see cref="Exposure"/> an open port of this service means.</param>
public sealed record HostService(int Port, string Name, ProbeKind Probe, string Exposure);
