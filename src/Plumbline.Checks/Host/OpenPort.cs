namespace Plumbline.Checks.Host;

/// <summary>A port that accepted a connection, and what its probe learned.</summary>
/// <param name="Host">The address (and the name it was reached by).</param>
/// <param name="Port">The TCP port.</param>
/// <param name="Service">What the probe learned.</param>
public sealed record OpenPort(HostAddress Host, int Port, ServiceObservation Service)
{
    /// <summary><c>127.0.0.1:6379</c>.</summary>
    public string Endpoint => Host.Endpoint(Port);
}
