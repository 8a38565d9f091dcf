using System.Net;
using System.Net.Sockets;

namespace Plumbline.Testing.Net;

/// <summary>TCP ports on 127.0.0.1 for servers the tests start.</summary>
public static class LoopbackPort
{
    /// <summary>A port free a moment ago: the system's pick for a listener that is then closed.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
