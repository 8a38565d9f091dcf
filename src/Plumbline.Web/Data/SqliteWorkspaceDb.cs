using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plumbline.Web.Data;

/// <summary>The workspace on SQLite (the default: one file in the data folder). Migrations: Data/Migrations/Sqlite.</summary>
public sealed class SqliteWorkspaceDb(DbContextOptions<SqliteWorkspaceDb> options) : WorkspaceDb(options);

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteWorkspaceDb</c> build the model without a host.</summary>
internal sealed class SqliteWorkspaceDbFactory : IDesignTimeDbContextFactory<SqliteWorkspaceDb>
{
    public SqliteWorkspaceDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkspaceDb>().UseSqlite("Data Source=design.db").Options);
}
