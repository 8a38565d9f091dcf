using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Plumbline.Web.Data;

namespace Plumbline.Web.Hosting;

/// <summary>Opens the workspace database on the configured provider; used by the web app and by <c>plumb export/import</c>.</summary>
public sealed class WorkspaceDatabase
{
    /// <summary>The SQLite database's file name inside the data folder.</summary>
    public const string FileName = "plumbline.db";

    // Pooled: every web request opens a context, and a reset one costs far less (and allocates far less) than a new one.
    private readonly PooledDbContextFactory<SqliteWorkspaceDb>? _sqlite;
    private readonly PooledDbContextFactory<PostgresWorkspaceDb>? _postgres;

    public WorkspaceDatabase(IOptions<WorkspaceOptions> options)
        : this(options.Value)
    {
    }

    public WorkspaceDatabase(WorkspaceOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Database))
        {
            _postgres = new PooledDbContextFactory<PostgresWorkspaceDb>(new DbContextOptionsBuilder<PostgresWorkspaceDb>().UseNpgsql(options.Database).Options);
            Description = "PostgreSQL";
        }
        else
        {
            var dir = string.IsNullOrWhiteSpace(options.DataDir) ? WorkspaceOptions.DefaultDataDir() : options.DataDir;
            // The folder holds the database and the keys that sign cookies: a new one is for its owner only.
            if (!Directory.Exists(dir) && !OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            Directory.CreateDirectory(dir);
            var file = Path.Combine(Path.GetFullPath(dir), FileName);
            _sqlite = new PooledDbContextFactory<SqliteWorkspaceDb>(new DbContextOptionsBuilder<SqliteWorkspaceDb>().UseSqlite($"Data Source={file}").Options);
            Description = file;
        }
    }

    /// <summary>The database file, or "PostgreSQL" (never the connection string: it may hold a password).</summary>
    public string Description { get; }

    /// <summary>A context from the pool; disposing it gives it back.</summary>
    public WorkspaceDb CreateContext() =>
        _postgres is not null ? _postgres.CreateDbContext() : _sqlite!.CreateDbContext();

    /// <summary>Applies any migrations not yet applied.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
    }
}
