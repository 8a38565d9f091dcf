using Plumbline.Checks.Audit;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.History;

/// <summary>The <c>history</c> stage of <c>plumb audit</c>: knowledge concentration (degree of authorship, truck
/// factor, departed knowledge), hotspots, temporal coupling and activity, from one streaming read of git log.</summary>
public sealed class HistoryStage : IAuditStage
{
    /// <summary>The id of findings about the stage itself (not a git repository, unreadable history, bad settings).</summary>
    public const string StageCheckId = "HistoryIsReadable";

    /// <inheritdoc />
    public string Name => "history";

    /// <inheritdoc />
    public async Task<StageResult> RunAsync(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken)
    {
        if (!context.IsGitRepository)
        {
            return Alone(Outcome.NotApplicable, $"{context.DisplayName} is not a git repository, so there is no history to read.");
        }

        var now = context.Time.GetUtcNow();
        var settings = HistorySettingsReader.Read(context.Config, now);
        if (!settings.Success)
        {
            return Alone(Outcome.Inconclusive, $"The history section of the configuration is invalid: {string.Join("; ", settings.Errors)}");
        }

        var classifier = new PathClassifier(context.Config.Exclude);
        HistoryCollector.Result collected;
        try
        {
            collected = await HistoryCollector.CollectAsync(context, settings.Value, classifier, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return Alone(Outcome.Inconclusive, $"History of {context.DisplayName} was not analysed: git could not be started ({ex.Message}); install git and run the audit again.");
        }

        if (collected.Snapshot is not { } snapshot)
        {
            return Alone(collected.Empty ? Outcome.NotApplicable : Outcome.Inconclusive, $"History of {context.DisplayName} was not analysed: {collected.Problem}.");
        }

        progress.Report(new AuditProgress("history", "computing authorship"));
        var analysis = HistoryAnalysis.Build(snapshot, settings.Value, now);
        var disabled = new HashSet<string>(context.Config.DisabledChecks, StringComparer.Ordinal);
        var findings = CheckRunner.RunAll(HistoryChecks.All, analysis, disabled);
        progress.Report(new AuditProgress("history", "done", 1));
        return new StageResult(findings)
        {
            Metrics = HistoryReport.Metrics(analysis),
            Tables = HistoryReport.Tables(analysis),
        };
    }

    private static StageResult Alone(Outcome outcome, string detail) =>
        new([new Finding(StageCheckId, "raise-truck-factor", outcome, Severity.Info, detail, Location.None, Fingerprint.Of(StageCheckId, outcome.ToString()))]);
}
