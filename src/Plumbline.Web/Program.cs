using Plumbline.Web.Hosting;

// Thin entry: `dotnet run` and the integration tests' WebApplicationFactory start here; `plumb serve` calls WorkspaceHost directly.
// Settings come from configuration: --Plumbline:DataDir=DIR, --Plumbline:Database="Host=...", --Plumbline:Demo=true, --urls.
var app = WorkspaceHost.Build(args);
await app.RunAsync();
