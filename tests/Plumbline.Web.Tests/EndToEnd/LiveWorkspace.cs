using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Tests.EndToEnd;

/// <summary>The real app on Kestrel at 127.0.0.1 on a free port, so a real browser can reach it (TestServer cannot be).</summary>
public sealed class LiveWorkspace : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveWorkspace(WebApplication app, string dataDir)
    {
        _app = app;
        DataDir = dataDir;
        BaseUrl = app.Urls.Single().TrimEnd('/');
        SetupUrl = BaseUrl + app.Services.GetRequiredService<FirstRun>().SetupPath;
    }

    public string BaseUrl { get; }

    /// <summary>The one-time first-run link, as the server prints it to its console.</summary>
    public string SetupUrl { get; }

    public string DataDir { get; }

    public static async Task<LiveWorkspace> StartAsync()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "plumbline-e2e", Guid.NewGuid().ToString("n"));
        var app = WorkspaceHost.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Plumbline:DataDir"] = dataDir });
        });
        await app.StartAsync();
        return new LiveWorkspace(app, dataDir);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
