namespace Plumbline.Checks.Host;

/// <summary>What a host check found on the addresses it was given, collected once; checks only read it.</summary>
public sealed record HostSnapshot
{
    /// <summary>The targets as the operator wrote them.</summary>
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>Every address touched.</summary>
    public required IReadOnlyList<HostAddress> Addresses { get; init; }

    /// <summary>The ports tried on each address.</summary>
    public required IReadOnlyList<int> Ports { get; init; }

    /// <summary>Ports that accepted a connection, by address then port.</summary>
    public required IReadOnlyList<OpenPort> Open { get; init; }

    /// <summary>Connections refused (nothing listens).</summary>
    public int Closed { get; init; }

    /// <summary>Connections that got no answer within the connect timeout (a firewall drops them, or the host is down).</summary>
    public int Filtered { get; init; }

    /// <summary>When it was collected (certificate expiry is judged against this).</summary>
    public required DateTimeOffset CheckedAt { get; init; }

    /// <summary>The services, exposures and dangerous versions the checks judge by.</summary>
    public HostServiceData Data { get; init; } = HostServiceData.BuiltIn;

    /// <summary>Addresses × ports: how many connections were tried.</summary>
    public int Tried => Addresses.Count * Ports.Count;

    /// <summary>The kind of risk an open port brings: by the service its probe named, else by the port's usual service.</summary>
    public Exposure ExposureOf(OpenPort port)
    {
        ArgumentNullException.ThrowIfNull(port);
        var name = port.Service.Service.StartsWith("ssl/", StringComparison.Ordinal) ? port.Service.Service[4..] : port.Service.Service;
        var listed = port.Service.Identified ? Data.Services.FirstOrDefault(s => s.Name == name) : Data.ForPort(port.Port);
        return Data.ExposureOf(listed?.Exposure ?? "none");
    }
}
