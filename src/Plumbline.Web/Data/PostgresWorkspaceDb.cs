using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plumbline.Web.Data;

/// <summary>The workspace on PostgreSQL (<c>--database "Host=...;..."</c>). Migrations: Data/Migrations/Postgres.</summary>
public sealed class PostgresWorkspaceDb(DbContextOptions<PostgresWorkspaceDb> options) : WorkspaceDb(options);

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresWorkspaceDb</c> build the model; no server is contacted.</summary>
internal sealed class PostgresWorkspaceDbFactory : IDesignTimeDbContextFactory<PostgresWorkspaceDb>
{
    public PostgresWorkspaceDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkspaceDb>().UseNpgsql("Host=127.0.0.1;Database=plumbline_design").Options);
}
