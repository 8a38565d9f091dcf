using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Domain;
using Plumbline.Checks.Net;
using Plumbline.Testing.Dns;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Domain;

/// <summary>One NSD serving every fixture zone (good.test really signed, its DS in the parent), and one Kestrel
/// HTTPS server answering as mta-sts.good.test and mta-sts.loop.test with certificates from a test CA.</summary>
public sealed class DnsServerFixture : IAsyncLifetime
{
    private TestCertificates? _certificates;

    public NsdServer Dns { get; private set; } = null!;

    public TestWebServer MtaStsHost { get; private set; } = null!;

    public NetworkOptions Network { get; private set; } = NetworkOptions.Default;

    public async Task InitializeAsync()
    {
        if (NsdServer.SkipReason is not null || ZoneSigner.SkipReason is not null)
        {
            return;
        }

        var directory = Directory.CreateTempSubdirectory("plumb-zones-").FullName;
        var (signedGood, ds) = ZoneSigner.Sign("good.test", ZoneFixtures.Good, directory);
        var dsLine = ds.Replace("good.test.", "good", StringComparison.Ordinal);
        Dns = await NsdServer.StartAsync(
            new Dictionary<string, string>
            {
                ["good.test"] = signedGood,
                ["test"] = ZoneFixtures.Parent(dsLine),
                ["broken.test"] = ZoneFixtures.Broken,
                ["limits.test"] = ZoneFixtures.Limits,
                ["loop.test"] = ZoneFixtures.Loop,
                ["nullmx.test"] = ZoneFixtures.NullMx,
                ["other-dns.test"] = ZoneFixtures.OtherDns,
                ["quirks.test"] = ZoneFixtures.Quirks,
                ["authorized.test"] = ZoneFixtures.Authorized,
                ["space.test"] = ZoneFixtures.Space,
                ["trickle.test"] = ZoneFixtures.Trickle,
            },
            directory);

        _certificates = new TestCertificates(TimeProvider.System.GetUtcNow());
        var certificate = _certificates.Leaf(["mta-sts.good.test", "mta-sts.loop.test"]);
        MtaStsHost = await TestWebServer.StartHttpsAsync(certificate, context =>
        {
            if (context.Request.Path != "/.well-known/mta-sts.txt")
            {
                context.Response.StatusCode = 404;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync(context.Request.Host.Host == "mta-sts.loop.test" ? ZoneFixtures.LoopMtaStsPolicy : ZoneFixtures.GoodMtaStsPolicy);
        });
        Network = NetworkOptions.Default with { ExtraTrustedRoots = [_certificates.Authority], Retries = 0 };
    }

    /// <summary>Collects a fixture domain through the real server.</summary>
    public Task<DomainSnapshot> CollectAsync(string domain, params string[] selectors)
    {
        var collector = new DomainCollector(
            new DnsQuerier(Dns.EndPoint, TimeSpan.FromSeconds(5), retries: 1),
            new DomainCollectorOptions { DkimSelectors = selectors, Network = Network, MtaStsPort = MtaStsHost.Port });
        return collector.CollectAsync(domain, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (MtaStsHost is not null)
        {
            await MtaStsHost.DisposeAsync();
        }

        if (Dns is not null)
        {
            await Dns.DisposeAsync();
        }

        _certificates?.Dispose();
    }
}
