using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Tests.Support;

/// <summary>The real app on a throwaway SQLite folder (or a given PostgreSQL), with a fake clock.</summary>
public sealed class WorkspaceFactory : WebApplicationFactory<WorkspaceHost>
{
    private readonly string? _database;
    private readonly bool _ownsDataDir;

    /// <param name="database">A PostgreSQL connection string; SQLite in a throwaway folder when null.</param>
    /// <param name="signInPermits">Sign-in attempts allowed a minute.</param>
    /// <param name="dataDir">An existing data folder (the caller's, kept on dispose): a second factory on it is a restart.</param>
    public WorkspaceFactory(string? database = null, int signInPermits = 1000, string? dataDir = null)
    {
        _database = database;
        SignInPermits = signInPermits;
        _ownsDataDir = dataDir is null;
        DataDir = dataDir ?? Path.Combine(Path.GetTempPath(), "plumbline-web-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(DataDir);
    }

    /// <summary>Let checks started from the page reach loopback servers (Plumbline:AllowPrivateTargets).</summary>
    public bool AllowPrivateTargets { get; init; }

    public string DataDir { get; }

    public int SignInPermits { get; }

    /// <summary>Errors the app logged (unhandled exceptions among them), for failure messages.</summary>
    public ServerErrors Errors { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Plumbline:DataDir", DataDir);
        builder.UseSetting("Plumbline:SignInPermitsPerMinute", SignInPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Plumbline:AllowPrivateTargets", AllowPrivateTargets ? "true" : "false");
        if (_database is not null)
        {
            builder.UseSetting("Plumbline:Database", _database);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    /// <summary>A database context on the app's database, for arranging and asserting.</summary>
    public WorkspaceDb OpenDb() => Services.GetRequiredService<WorkspaceDatabase>().CreateContext();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsDataDir)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder left behind is harmless; failing a test over its clean-up is not.
        }
    }
}
