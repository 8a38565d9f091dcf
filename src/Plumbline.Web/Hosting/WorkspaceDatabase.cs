using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plumbline.Web.Data;

namespace Plumbline.Web.Hosting;

/// <summary>Opens the workspace database on the configured provider; used by the web app and by <c>plumb export/import</c>.</summary>
public sealed class WorkspaceDatabase
{
    private readonly DbContextOptions<SqliteWorkspaceDb>? _sqlite;
    private readonly DbContextOptions<PostgresWorkspaceDb>? _postgres;

    public WorkspaceDatabase(IOptions<WorkspaceOptions> options)
        : this(options.Value)
    {
    }

    public WorkspaceDatabase(WorkspaceOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Database))
        {
            _postgres = new DbContextOptionsBuilder<PostgresWorkspaceDb>().UseNpgsql(options.Database).Options;
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
            var file = Path.Combine(Path.GetFullPath(dir), "plumbline.db");
            _sqlite = new DbContextOptionsBuilder<SqliteWorkspaceDb>().UseSqlite($"Data Source={file}").Options;
            Description = file;
        }
    }

    /// <summary>The database file, or "PostgreSQL" (never the connection string: it may hold a password).</summary>
    public string Description { get; }

    public WorkspaceDb CreateContext() =>
        _postgres is not null ? new PostgresWorkspaceDb(_postgres) : new SqliteWorkspaceDb(_sqlite!);

    /// <summary>Applies any migrations not yet applied.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
    }
}
