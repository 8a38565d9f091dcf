using System.Text.Json.Nodes;
using Plumbline.Checks.Domain;
using Plumbline.Core.Checks;
using Plumbline.Core.Input;
using Plumbline.Reports.Model;

namespace Plumbline.Checks.Runs;

/// <summary>The one run of a domain check, called by <c>plumb check domain</c> and by the web's domain jobs.</summary>
public static class DomainCheck
{
    /// <summary>Report kind of a domain check.</summary>
    public const string ReportKind = "check-domain";

    /// <summary>Asks the resolver, collects the domain's records, runs its checks and makes the report, records table included.</summary>
    /// <param name="domain">A normalized domain name (<see cref="DomainName.Normalize"/>).</param>
    /// <param name="settings">What the run applies.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report, or one error naming the resolver when it cannot be reached (so a dead resolver is not
    /// reported as a domain without mail security).</returns>
    public static async Task<ParseResult<Report>> RunAsync(string domain, DomainCheckSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(settings);

        var run = settings.Run;
        var dns = new DnsQuerier(settings.DnsServer, settings.DnsTimeout, retries: 1);
        if (!dns.HasServers)
        {
            return ParseResult<Report>.Fail(new InputError(settings.ResolverName, "this machine has no DNS resolver configured (no nameserver in /etc/resolv.conf); name one with --dns-server IP[:PORT]"));
        }

        var collector = new DomainCollector(dns, new DomainCollectorOptions
        {
            DkimSelectors = settings.DkimSelectors,
            Network = run.NetworkWithClock,
        });
        var deadline = run.Network.Deadline;
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(deadline);
        DomainSnapshot snapshot;
        try
        {
            run.Progress?.Report("Asking the DNS resolver");
            switch (await collector.ProbeServerAsync(domain, overall.Token).ConfigureAwait(false))
            {
                case { Exists: false } when !settings.AllowMissing:
                    return ParseResult<Report>.Fail(new InputError(domain, $"the domain does not exist ({dns.Server} answered NXDOMAIN); check the spelling, or pass --allow-missing to check it anyway"));
                case { Problem: { } problem }:
                    var hint = settings.DnsServer is null ? "check that the network is up" : "check the address and port, or that the network is up";
                    return ParseResult<Report>.Fail(new InputError(settings.ResolverName, $"{problem}; {hint}"));
            }

            run.Progress?.Report("Reading MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, CAA, DNSSEC and nameservers");
            snapshot = await collector.CollectAsync(domain, overall.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ParseResult<Report>.Fail(new InputError(domain, CheckRunReport.PastDeadline(deadline, "its DNS servers or policy host")));
        }

        run.Progress?.Report("Running the domain checks");
        var findings = CheckRunner.RunAll(DomainChecks.All, snapshot, CheckRunReport.Disabled(run));
        return CheckRunReport.Create(
            run,
            $"{domain} — domain check",
            ReportKind,
            domain,
            findings,
            new JsonObject { ["domain"] = DomainSummary.Metrics(snapshot) },
            [DomainSummary.Records(snapshot)]);
    }
}
