using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Domain;
using Plumbline.Checks.Host;
using Plumbline.Checks.Net;
using Plumbline.Checks.Runs;
using Plumbline.Checks.Site;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Model;
using Plumbline.Web.Data;
using Plumbline.Web.Hosting;

namespace Plumbline.Web.Jobs;

/// <summary>Runs one job the way <c>plumb audit</c>, <c>plumb check domain</c>, <c>plumb check site</c> and <c>plumb check host</c> do, and
/// returns the same report they would write, metrics and tables included. Expected failures throw <see cref="JobFailedException"/>.</summary>
internal sealed class JobRunner(TimeProvider time, IOptions<WorkspaceOptions> options)
{
    private static readonly RecommendationCatalog Catalog = RecommendationCatalog.BuiltIn;

    /// <summary>Checks started from the web refuse private and loopback targets unless the operator allowed them.</summary>
    public TargetGuard Guard => options.Value.AllowPrivateTargets ? TargetGuard.AllowAll : TargetGuard.PublicOnly;

    public Task<Report> RunAsync(AuditJob job, JobProgress progress, CancellationToken cancellationToken) => job.Kind switch
    {
        JobKinds.Audit => AuditAsync(job.Target, progress, cancellationToken),
        JobKinds.Domain => DomainAsync(job.Target, progress, cancellationToken),
        JobKinds.Site => SiteAsync(job.Target, progress, cancellationToken),
        JobKinds.Host => HostAsync(job.Target, progress, cancellationToken),
        _ => throw new JobFailedException($"Unknown kind of job '{job.Kind}'."),
    };

    private async Task<Report> AuditAsync(string targetText, JobProgress progress, CancellationToken ct)
    {
        var isUrl = AuditTarget.LooksLikeUrl(targetText);
        if (isUrl && JobTargets.GitHost(targetText) is { } host)
        {
            await AllowedAsync(host, targetText, ct);
        }

        progress.Report(isUrl ? "Cloning the repository" : "Opening the folder");
        // Cloning blocks on git; keep it off the worker's thread.
        var (opened, openError) = await Task.Run(() => AuditTarget.Open(targetText, AuditSetup.CloneTimeout, ct), ct);
        if (opened is null)
        {
            throw new JobFailedException(openError!);
        }

        using var target = opened;
        var config = AuditConfig.Empty;
        if (AuditSetup.TargetConfigPath(target) is { } path)
        {
            string text;
            try
            {
                text = await File.ReadAllTextAsync(path, ct);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new JobFailedException($"{path}: cannot read the audit configuration ({ex.Message})");
            }

            config = Value(AuditConfigReader.Read(text, path, Catalog));
        }

        config = Value(AuditSetup.WithWindow(config, since: null, until: null, time.GetUtcNow()));
        return Value(await RepoAudit.RunAsync(target, new RepoAuditSettings(RunSettings(progress), config) { StageProgress = progress }, ct));
    }

    private async Task<Report> DomainAsync(string text, JobProgress progress, CancellationToken ct)
    {
        var (domain, error) = DomainName.Normalize(text);
        if (domain is null)
        {
            throw new JobFailedException($"Domain: {error}");
        }

        var settings = new DomainCheckSettings(RunSettings(progress)) { ResolverName = "The server's DNS resolver" };
        return Value(await DomainCheck.RunAsync(domain, settings, ct));
    }

    private async Task<Report> SiteAsync(string text, JobProgress progress, CancellationToken ct)
    {
        var (url, error) = SiteTarget.Parse(text);
        if (url is null)
        {
            throw new JobFailedException($"Site: {error}");
        }

        // Refused up front for a clear message; the guard also checks every connection the collector makes.
        await AllowedAsync(url.IdnHost, url.ToString(), ct);
        return Value(await SiteCheck.RunAsync(url, RunSettings(progress), ct));
    }

    private async Task<Report> HostAsync(string text, JobProgress progress, CancellationToken ct)
    {
        // The guard refuses private targets when they resolve, and again on every connection.
        var (targets, ports) = JobTargets.HostList(text);
        var settings = new HostCheckSettings(RunSettings(progress) with { Network = NetworkOptions.Default with { Guard = Guard, Timeout = TimeSpan.FromSeconds(5), Deadline = TimeSpan.FromSeconds(600) } })
        {
            Ports = ports is null ? [] : Value(PortList.Parse(ports)),
        };
        return Value(await HostCheck.RunAsync(targets, settings, ct));
    }

    /// <summary>The built-in catalog, no disabled checks or ratings yet (the engagement has no config to give), and the operator's guard.</summary>
    private CheckRunSettings RunSettings(JobProgress progress) =>
        new(Catalog, time, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
        {
            Network = NetworkOptions.Default with { Guard = Guard },
            Progress = progress,
        };

    private async Task AllowedAsync(string host, string target, CancellationToken ct)
    {
        var guard = Guard;
        if (guard.AllowsNonPublic)
        {
            return;
        }

        try
        {
            await guard.ResolveAllowedAsync(host, ct);
        }
        catch (TargetRefusedException ex)
        {
            throw new JobFailedException($"{target}: refused: {ex.Message}");
        }
        catch (SocketException)
        {
            throw new JobFailedException($"{target}: the host {host} does not resolve; check the spelling.");
        }
    }

    private static T Value<T>(ParseResult<T> result)
    {
        if (result.Success)
        {
            return result.Value;
        }

        var more = result.Errors.Count > 1 ? $" (and {result.Errors.Count - 1} more)" : string.Empty;
        throw new JobFailedException(result.Errors[0] + more);
    }
}
