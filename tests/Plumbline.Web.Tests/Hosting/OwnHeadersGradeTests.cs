using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Plumbline.Checks.Net;
using Plumbline.Checks.Site;
using Plumbline.Testing.Web;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Tests.Hosting;

/// <summary>The workspace's own responses, served over HTTPS as an operator would, graded by our own site check.</summary>
public sealed class OwnHeadersGradeTests
{
    [Fact]
    public async Task The_workspace_over_https_grades_a_or_better_with_our_own_site_check()
    {
        var now = TimeProvider.System.GetUtcNow();
        using var ca = new TestCertificates(now);
        using var certificate = ca.Leaf(["localhost"]);
        var dataDir = Directory.CreateTempSubdirectory("plumb-headers-").FullName;
        var app = WorkspaceHost.Build([], builder =>
        {
            builder.WebHost.UseUrls("https://127.0.0.1:0");
            builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(h => h.ServerCertificate = certificate));
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Plumbline:DataDir"] = dataDir });
        });
        await app.StartAsync();
        try
        {
            var port = new Uri(app.Urls.Single()).Port;
            var collector = new SiteCollector(new SiteCollectorOptions
            {
                Network = NetworkOptions.Default with { ExtraTrustedRoots = new X509Certificate2Collection(ca.Authority) },
            });

            var snapshot = await collector.CollectAsync(new Uri($"https://localhost:{port}/"), CancellationToken.None);
            var score = SiteScore.Of(snapshot);

            var penalties = string.Join("; ", score.Adjustments.Select(a => $"{a.Rule} {a.Points}: {a.Reason}"));
            score.Score.ShouldBeGreaterThanOrEqualTo(90, penalties);
            score.Grade.ShouldBeOneOf(["A+", "A"], penalties);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
