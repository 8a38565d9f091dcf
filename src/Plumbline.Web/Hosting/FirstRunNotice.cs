using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Plumbline.Web.Hosting;

/// <summary>On a workspace with no users, prints the one-time setup link once the server listens (so it names the real
/// address, port 0 included). Written by the web host itself, so <c>plumb serve</c> and the native build's web companion
/// both show it.</summary>
/// <remarks>Written to standard output, not through the logger: the token is a credential, and log sinks keep things.</remarks>
internal sealed class FirstRunNotice(FirstRun firstRun, WorkspaceDatabase database, IHostApplicationLifetime lifetime, IServer server) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Runs after DatabaseStartup (registered before it), so the schema exists.
        await using var db = database.CreateContext();
        if (await firstRun.HasUsersAsync(db, cancellationToken))
        {
            return;
        }

        lifetime.ApplicationStarted.Register(() =>
        {
            if (firstRun.SetupPath is { } path)
            {
                Console.Out.WriteLine($"First run: open {BaseAddress()}{path} to create the administrator");
            }
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string BaseAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return string.Empty;
        }

        // A wildcard listener (0.0.0.0, [::]) is reachable on this machine as localhost.
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.ToString().TrimEnd('/');
    }
}
