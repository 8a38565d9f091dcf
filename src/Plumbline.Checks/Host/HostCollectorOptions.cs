using Plumbline.Checks.Net;

namespace Plumbline.Checks.Host;

/// <summary>How a host check connects: which ports, how fast, how long it waits.</summary>
public sealed record HostCollectorOptions
{
    /// <summary>The guard (checked on every connection), extra trusted roots, the clock and the timer waits use.</summary>
    public NetworkOptions Network { get; init; } = NetworkOptions.Default;

    /// <summary>The ports tried on every address; the built-in list when empty.</summary>
    public IReadOnlyList<int> Ports { get; init; } = [];

    /// <summary>How long a connection may take to be accepted before the port counts as filtered.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one probe may take, from its request to the last byte read: a trickling server stops here.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a port not in the list is given to speak first before it is sent <c>GET /</c>.</summary>
    public TimeSpan GreetingWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>New connections started per second at most: a polite rate a firewall or a small server does not mind.</summary>
    public int Rate { get; init; } = 50;

    /// <summary>Connections open at once at most.</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>The services, exposures and dangerous versions.</summary>
    public HostServiceData Data { get; init; } = HostServiceData.BuiltIn;
}
