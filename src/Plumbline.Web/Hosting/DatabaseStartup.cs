using Microsoft.Extensions.Options;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Hosting;

/// <summary>Applies migrations (and seeds the demo when asked) before the app takes requests.</summary>
internal sealed class DatabaseStartup(WorkspaceDatabase database, IOptions<WorkspaceOptions> options, TimeProvider time, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        log.LogInformation("Workspace database: {Database}", database.Description);
        if (options.Value.Demo)
        {
            await using var db = database.CreateContext();
            var id = await DemoEngagement.SeedAsync(db, time, cancellationToken);
            log.LogInformation("Demo engagement ready: /engagements/{Id}", id);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
