using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Plumbline.Testing.Dns;

/// <summary>A real authoritative DNS server (NSD) on 127.0.0.1 and a free port, serving zone files written by the test.
/// Tests skip with a reason when NSD is not installed locally; CI installs it (.ci/setup-dns.sh).</summary>
public sealed class NsdServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private NsdServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    /// <summary>The UDP and TCP port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The endpoint, as <c>--dns-server</c> takes it.</summary>
    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    /// <summary>"127.0.0.1:PORT".</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>The nsd binary, or null when not installed.</summary>
    public static string? Binary => Tool("nsd");

    /// <summary>Why tests that need NSD cannot run, or null when they can.</summary>
    public static string? SkipReason => Binary is null ? "NSD is not installed (apt-get install nsd; CI installs it with .ci/setup-dns.sh)" : null;

    /// <summary>Finds a tool in the usual system folders or on PATH.</summary>
    public static string? Tool(string name)
    {
        var dirs = new[] { "/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries));
        return dirs.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>Starts NSD serving the zones (origin → zone file text) and waits until it answers.</summary>
    public static async Task<NsdServer> StartAsync(IReadOnlyDictionary<string, string> zones, string? directory = null)
    {
        var binary = Binary ?? throw new InvalidOperationException(SkipReason);
        directory ??= Directory.CreateTempSubdirectory("plumb-nsd-").FullName;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var conf = new System.Text.StringBuilder();
            conf.AppendLine("server:");
            conf.AppendLine($"  ip-address: 127.0.0.1@{port}");
            conf.AppendLine($"  port: {port}");
            conf.AppendLine("  username: \"\"");
            conf.AppendLine("  chroot: \"\"");
            conf.AppendLine($"  zonesdir: \"{directory}\"");
            conf.AppendLine("  database: \"\"");
            conf.AppendLine($"  pidfile: \"{directory}/nsd.pid\"");
            conf.AppendLine($"  xfrdfile: \"{directory}/xfrd.state\"");
            conf.AppendLine($"  xfrdir: \"{directory}\"");
            conf.AppendLine($"  zonelistfile: \"{directory}/zone.list\"");
            conf.AppendLine($"  logfile: \"{directory}/nsd.log\"");
            conf.AppendLine("  server-count: 1");
            conf.AppendLine("  do-ip6: no");
            conf.AppendLine("  verbosity: 1");
            conf.AppendLine("remote-control:");
            conf.AppendLine("  control-enable: no");
            foreach (var (origin, text) in zones)
            {
                var file = Path.Combine(directory, origin.TrimEnd('.') + ".zone");
                if (!File.Exists(file) || File.ReadAllText(file) != text)
                {
                    File.WriteAllText(file, text);
                }

                conf.AppendLine("zone:");
                conf.AppendLine($"  name: \"{origin.TrimEnd('.')}\"");
                conf.AppendLine($"  zonefile: \"{file}\"");
            }

            var confPath = Path.Combine(directory, "nsd.conf");
            File.WriteAllText(confPath, conf.ToString());
            var check = Tool("nsd-checkconf");
            var process = Process.Start(new ProcessStartInfo(binary, ["-d", "-c", confPath])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var server = new NsdServer(process, directory, port);
            if (await server.WaitUntilAnsweringAsync(zones.Keys.First()))
            {
                return server;
            }

            var log = File.Exists(Path.Combine(directory, "nsd.log")) ? File.ReadAllText(Path.Combine(directory, "nsd.log")) : string.Empty;
            await server.DisposeAsync(keepDirectory: true);
            if (attempt >= 2)
            {
                throw new InvalidOperationException($"NSD did not start on port {port}: {log} {check}");
            }
        }
    }

    private async Task<bool> WaitUntilAnsweringAsync(string origin)
    {
        // Poll with a real SOA query until NSD has loaded its zones; give up after about ten seconds.
        var query = SoaQuery(origin.TrimEnd('.'));
        using var udp = new UdpClient(AddressFamily.InterNetwork);
        for (var i = 0; i < 100 && !_process.HasExited; i++)
        {
            try
            {
                await udp.SendAsync(query, EndPoint);
                using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
                var reply = await udp.ReceiveAsync(cts.Token);
                // RCODE 0 (NOERROR) with at least one answer: the zone is loaded.
                if (reply.Buffer.Length > 12 && (reply.Buffer[3] & 0x0F) == 0 && (reply.Buffer[6] << 8 | reply.Buffer[7]) > 0)
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException)
            {
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static byte[] SoaQuery(string name)
    {
        var bytes = new List<byte> { 0x12, 0x34, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
        foreach (var label in name.Split('.'))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(System.Text.Encoding.ASCII.GetBytes(label));
        }

        bytes.AddRange([0x00, 0x00, 0x06, 0x00, 0x01]);
        return [.. bytes];
    }

    private static int FreePort()
    {
        // A port free for both UDP and TCP at the moment of asking; NSD binds both.
        for (var i = 0; ; i++)
        {
            using var tcp = new TcpListener(IPAddress.Loopback, 0);
            tcp.Start();
            var port = ((IPEndPoint)tcp.LocalEndpoint).Port;
            try
            {
                using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException) when (i < 20)
            {
            }
        }
    }

    public ValueTask DisposeAsync() => DisposeAsync(keepDirectory: false);

    private async ValueTask DisposeAsync(bool keepDirectory)
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (!keepDirectory)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temporary folder left behind is harmless; failing a test over its clean-up is not.
            }
        }
    }
}
