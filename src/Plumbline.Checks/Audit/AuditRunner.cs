using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.Audit;

/// <summary>Runs audit stages one after another and merges what they found. A stage that throws becomes one
/// Error finding: one broken stage never sinks the audit.</summary>
public static class AuditRunner
{
    /// <summary>What all stages found together.</summary>
    public sealed record Result(IReadOnlyList<Finding> Findings, JsonObject Metrics, IReadOnlyList<MetricTable> Tables);

    /// <summary>Runs the stages in order, reporting when each starts and ends.</summary>
    public static async Task<Result> RunAsync(
        IReadOnlyList<IAuditStage> stages, AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var metrics = new JsonObject();
        var tables = new List<MetricTable>();
        foreach (var stage in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress.Report(new AuditProgress(stage.Name, "starting", 0));
            StageResult result;
            try
            {
                result = await stage.RunAsync(context, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                var id = $"Stage:{stage.Name}";
                findings.Add(new Finding(id, string.Empty, Outcome.Error, Severity.Info,
                    $"The {stage.Name} stage failed: {ex.GetType().Name}: {ex.Message}", Location.None, Fingerprint.Of(id, "error")));
                progress.Report(new AuditProgress(stage.Name, "failed", 1));
                continue;
            }

            findings.AddRange(result.Findings.Where(f => !context.Config.DisabledChecks.Contains(f.CheckId)));
            foreach (var (key, value) in result.Metrics)
            {
                // Stages own distinct keys; a clash keeps both by prefixing the later one with its stage.
                var name = metrics.ContainsKey(key) ? $"{stage.Name}.{key}" : key;
                metrics[name] = value?.DeepClone();
            }

            tables.AddRange(result.Tables);
            progress.Report(new AuditProgress(stage.Name, "done", 1));
        }

        return new Result(findings, metrics, tables);
    }
}
