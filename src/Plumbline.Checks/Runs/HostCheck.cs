using System.Text.Json.Nodes;
using Plumbline.Checks.Host;
using Plumbline.Core.Checks;
using Plumbline.Core.Input;
using Plumbline.Reports.Model;

namespace Plumbline.Checks.Runs;

/// <summary>The one run of a host check, called by <c>plumb check host</c> and by the web's host jobs.</summary>
public static class HostCheck
{
    /// <summary>Report kind of a host check.</summary>
    public const string ReportKind = "check-host";

    /// <summary>Resolves the targets (refusing what the guard refuses and more addresses than the cap), connects to
    /// each port, probes the open ones read-only, runs the host checks and makes the report, services table included.</summary>
    public static async Task<ParseResult<Report>> RunAsync(IReadOnlyList<string> targets, HostCheckSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(settings);
        var run = settings.Run;
        var specs = HostTargets.Parse(targets, settings.MaxAddresses);
        if (!specs.Success)
        {
            return ParseResult<Report>.Fail(specs.Errors);
        }

        var deadline = run.Network.Deadline;
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(deadline);
        HostSnapshot snapshot;
        try
        {
            run.Progress?.Report("Resolving the targets");
            var addresses = await HostTargets.ResolveAsync(specs.Value, run.Network.Guard, settings.MaxAddresses, overall.Token).ConfigureAwait(false);
            if (!addresses.Success)
            {
                return ParseResult<Report>.Fail(addresses.Errors);
            }

            var collector = new HostCollector(new HostCollectorOptions
            {
                Network = run.NetworkWithClock,
                Ports = settings.Ports,
                ConnectTimeout = settings.ConnectTimeout,
                ProbeTimeout = run.Network.Timeout,
                GreetingWait = settings.GreetingWait < run.Network.Timeout ? settings.GreetingWait : run.Network.Timeout,
                Rate = settings.Rate,
            });
            run.Progress?.Report($"Connecting to {addresses.Value.Count} address(es) and probing what answers");
            snapshot = await collector.CollectAsync(targets, addresses.Value, overall.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ParseResult<Report>.Fail(new InputError(string.Join(' ', targets), CheckRunReport.PastDeadline(deadline, "the hosts")));
        }

        run.Progress?.Report("Running the host checks");
        var findings = CheckRunner.RunAll(HostChecks.All, snapshot, CheckRunReport.Disabled(run));
        var title = targets.Count == 1 ? targets[0] : $"{targets[0]} and {targets.Count - 1} more";
        return CheckRunReport.Create(
            run,
            $"{title} — host check",
            ReportKind,
            string.Join(' ', targets),
            findings,
            new JsonObject { ["host"] = HostSummary.Metrics(snapshot) },
            [HostSummary.Services(snapshot)]);
    }
}
