using System.Diagnostics;
using Plumbline.Testing.Net;

namespace Plumbline.Web.Tests.Data;

/// <summary>A throwaway PostgreSQL cluster on a free loopback port, owned by the test run and stopped at its end.</summary>
/// <remarks>Uses Debian's /usr/lib/postgresql/15/bin. When run as root, initdb and pg_ctl run as the postgres
/// user (PostgreSQL refuses to run as root). When the binaries are missing, <see cref="SkipReason"/> says so.</remarks>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string BinDir = "/usr/lib/postgresql/15/bin";

    private string? _dir;
    private bool _started;

    public string? ConnectionString { get; private set; }

    public string? SkipReason { get; private set; }

    public static string? Unavailable =>
        File.Exists(Path.Combine(BinDir, "pg_ctl")) ? null : $"PostgreSQL binaries not found in {BinDir} (apt-get install -y postgresql; .ci/setup-web.sh does this)";

    public async Task InitializeAsync()
    {
        SkipReason = Unavailable;
        if (SkipReason is not null)
        {
            return;
        }

        _dir = Path.Combine(Path.GetTempPath(), "plumbline-pg-" + Guid.NewGuid().ToString("n")[..8]);
        Directory.CreateDirectory(_dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", $"postgres {_dir}");
        }

        var data = Path.Combine(_dir, "data");
        var port = LoopbackPort.Free();
        await RunPgAsync(asRoot, "initdb", $"-D {data} -U plumb --auth=trust -E UTF8 --no-sync");
        await RunPgAsync(asRoot, "pg_ctl", $"-D {data} -l {Path.Combine(_dir, "log")} -w -o \"-p {port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off\" start");
        _started = true;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=plumb;Database=plumbline_test;Pooling=false";
    }

    public async Task DisposeAsync()
    {
        if (_started && _dir is not null)
        {
            await RunPgAsync(Environment.UserName == "root", "pg_ctl", $"-D {Path.Combine(_dir, "data")} -m immediate -w stop");
        }

        if (_dir is not null)
        {
            try
            {
                Directory.Delete(_dir, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temporary folder left behind is harmless; failing a test over its clean-up is not.
            }
            catch (UnauthorizedAccessException)
            {
                // Best effort: a temporary folder left behind is harmless; failing a test over its clean-up is not.
            }
        }
    }

    /// <summary>A fresh database name on the cluster, so tests do not share state.</summary>
    public string NewDatabase() => ConnectionString!.Replace("plumbline_test", "plumb_" + Guid.NewGuid().ToString("n")[..12], StringComparison.Ordinal);


    private static Task RunPgAsync(bool asRoot, string tool, string args) =>
        asRoot ? RunAsync("runuser", $"-u postgres -- {Path.Combine(BinDir, tool)} {args}") : RunAsync(Path.Combine(BinDir, tool), args);

    private static async Task RunAsync(string file, string args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {args} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
