using System.Text.Json.Nodes;
using Plumbline.Checks.Site;
using Plumbline.Core.Checks;
using Plumbline.Core.Input;
using Plumbline.Reports.Model;

namespace Plumbline.Checks.Runs;

/// <summary>The one run of a site check, called by <c>plumb check site</c> and by the web's site jobs.</summary>
public static class SiteCheck
{
    /// <summary>Report kind of a site check.</summary>
    public const string ReportKind = "check-site";

    /// <summary>Collects the site, runs its checks and makes the report, score and TLS tables included.</summary>
    /// <remarks>Guarding the target up front (for a clearer message) is the caller's; the collector's guard still checks every connection.</remarks>
    public static async Task<ParseResult<Report>> RunAsync(Uri url, CheckRunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(settings);

        settings.Progress?.Report($"Fetching {url} and probing TLS");
        var collector = new SiteCollector(new SiteCollectorOptions { Network = settings.NetworkWithClock });
        var deadline = settings.Network.Deadline;
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(deadline);
        SiteSnapshot snapshot;
        try
        {
            snapshot = await collector.CollectAsync(url, overall.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ParseResult<Report>.Fail(new InputError(url.ToString(), CheckRunReport.PastDeadline(deadline, "the site")));
        }

        settings.Progress?.Report("Running the site checks");
        var findings = CheckRunner.RunAll(SiteChecks.All, snapshot, CheckRunReport.Disabled(settings));
        var score = SiteScore.Of(snapshot);
        return CheckRunReport.Create(
            settings,
            $"{url.Host} — site check",
            ReportKind,
            url.ToString(),
            findings,
            new JsonObject { ["site"] = SiteSummary.Metrics(snapshot, score) },
            snapshot.Protocols.Count > 0 ? [SiteSummary.ScoreTable(score), SiteSummary.TlsTable(snapshot)] : [SiteSummary.ScoreTable(score)]);
    }
}
