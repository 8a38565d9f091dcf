using Plumbline.Checks.Net;
using Plumbline.Checks.Runs;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Model;

namespace Plumbline.Checks.Tests.Host;

/// <summary>Runs a host check of 127.0.0.1 on the given ports through the one run layer, with short probe limits.</summary>
internal static class HostRun
{
    public static async Task<Report> OfLoopbackAsync(params int[] ports)
    {
        var result = await HostCheck.RunAsync(["127.0.0.1"], Settings(ports), CancellationToken.None);
        result.Success.ShouldBeTrue(string.Join("; ", result.Errors));
        return result.Value;
    }

    public static HostCheckSettings Settings(int[] ports, TargetGuard? guard = null) =>
        new(new CheckRunSettings(RecommendationCatalog.BuiltIn, TimeProvider.System, new DateOnly(2026, 1, 5))
        {
            Network = NetworkOptions.Default with { Timeout = TimeSpan.FromSeconds(2), Guard = guard ?? TargetGuard.AllowAll },
        })
        {
            Ports = ports,
            ConnectTimeout = TimeSpan.FromSeconds(2),
            GreetingWait = TimeSpan.FromMilliseconds(500),
        };

    public static Finding Only(this Report report, string checkId) =>
        report.Findings.Where(f => f.CheckId == checkId).ShouldHaveSingleItem();

    public static string ServiceOn(this Report report, int port) =>
        report.Tables.Single(t => t.Id == "host-services").Rows.Single(r => r[0] == $"127.0.0.1:{port}")[1];
}
