using System.CommandLine;
using Plumbline.Web.Hosting;

namespace Plumbline.Cli.Commands;

/// <summary><c>--data DIR</c> and <c>--database CONNECTION</c>: where the workspace keeps its data (serve, export, import).</summary>
internal sealed class WorkspaceDataOptions
{
    private readonly Option<string> _data = new("--data")
    {
        Description = "Folder for the SQLite database (default: ~/.local/share/plumbline)",
    };

    private readonly Option<string> _database = new("--database")
    {
        Description = "PostgreSQL connection string, e.g. \"Host=127.0.0.1;Database=plumbline;Username=plumb\" (instead of SQLite); or set PLUMBLINE_DATABASE",
    };

    public static WorkspaceDataOptions AddTo(Command command)
    {
        var options = new WorkspaceDataOptions();
        command.Options.Add(options._data);
        command.Options.Add(options._database);
        return options;
    }

    public WorkspaceOptions Read(ParseResult parse) => new()
    {
        DataDir = parse.GetValue(_data) is { Length: > 0 } dir ? Path.GetFullPath(dir) : null,
        Database = parse.GetValue(_database) is { Length: > 0 } db ? db : Environment.GetEnvironmentVariable("PLUMBLINE_DATABASE"),
    };

    /// <summary>Opens the workspace and applies migrations; a bad path or connection is one line for the user. Only
    /// <c>serve</c> passes <paramref name="mayCreate"/>: a mistyped <c>--data</c> given to export or import would otherwise
    /// quietly become a new, empty workspace.</summary>
    public static async Task<(WorkspaceDatabase? Database, string? Error)> OpenAsync(WorkspaceOptions options, bool mayCreate, CancellationToken ct)
    {
        if (!mayCreate && string.IsNullOrWhiteSpace(options.Database) && Missing(options.DataDir ?? WorkspaceOptions.DefaultDataDir()) is { } missing)
        {
            return (null, missing);
        }

        try
        {
            var database = new WorkspaceDatabase(options);
            await database.MigrateAsync(ct);
            return (database, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or System.Data.Common.DbException)
        {
            var where = string.IsNullOrWhiteSpace(options.Database) ? $"--data {options.DataDir ?? WorkspaceOptions.DefaultDataDir()}" : "--database";
            return (null, $"{where}: cannot open the workspace database ({ex.Message.Split('\n')[0]}); check the folder or connection string");
        }
    }

    /// <summary>Why <paramref name="dir"/> holds no workspace to read, or null when it holds one.</summary>
    private static string? Missing(string dir)
    {
        if (!Directory.Exists(dir))
        {
            return $"--data {dir}: the folder does not exist; check the path (a typo?), or run `plumb serve --data {dir}` to create a workspace there";
        }

        return File.Exists(Path.Combine(dir, WorkspaceDatabase.FileName))
            ? null
            : $"--data {dir}: no workspace in this folder (no {WorkspaceDatabase.FileName}); check the path, or run `plumb serve --data {dir}` to create one";
    }
}
