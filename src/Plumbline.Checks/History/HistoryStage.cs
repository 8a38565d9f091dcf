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

        var clock = context.Time.GetUtcNow();
        var settings = HistorySettingsReader.Read(context.Config, clock);
        if (!settings.Success)
        {
            return Alone(Outcome.Inconclusive, $"The history section of the configuration is invalid: {string.Join("; ", settings.Errors)}");
        }

        HistoryCollector.Result collected;
        DateTimeOffset now;
        try
        {
            var target = await HistoryCollector.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
            if (target.Commit is not { } commit)
            {
                return Alone(target.Empty ? Outcome.NotApplicable : Outcome.Inconclusive, $"History of {context.DisplayName} was not analysed: {target.Problem}.");
            }

            // An old revision is judged as it stood then: with today's clock everyone would look gone.
            var fromCommit = settings.Value.Now == HistoryNow.Commit || (settings.Value.Now == HistoryNow.Automatic && !string.IsNullOrWhiteSpace(context.Rev));
            now = fromCommit ? target.CommitTime : clock;
            if (fromCommit)
            {
                // Relative windows ("18 months") count back from the same "now".
                settings = HistorySettingsReader.Read(context.Config, now);
            }

            var classifier = new PathClassifier(context.Config.Exclude);
            collected = await HistoryCollector.CollectAsync(context, commit, settings.Value, now, classifier, progress, cancellationToken).ConfigureAwait(false);
            if (collected.Snapshot is { } s)
            {
                collected = collected with { Snapshot = s with { NowFromCommit = fromCommit } };
            }
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
        var findings = CheckRunner.RunAll(HistoryChecks.All, analysis, disabled).Concat(ReadingNotes(snapshot)).ToList();
        progress.Report(new AuditProgress("history", "done", 1));
        return new StageResult(findings)
        {
            Metrics = HistoryReport.Metrics(analysis),
            Tables = HistoryReport.Tables(analysis),
        };
    }

    // What could not be read is said, file by file, rather than failing the stage over it.
    private static IEnumerable<Finding> ReadingNotes(HistorySnapshot snapshot)
    {
        const string without = "line counts are unknown, binary content is told by extension only, and only exact renames are followed";
        foreach (var path in snapshot.UnreadableObjects.Take(20))
        {
            yield return HistoryChecks.Readable.Conclude(Outcome.Inconclusive, Severity.Info,
                snapshot.ContentsRead
                    ? $"git could not read a version of {path} (the clone lacks the object), so its history was left out: nobody is counted as its author."
                    : $"git could not read a version of {path} (the clone lacks the object), so history was read without file contents: {without}.",
                new Location(Path: path), "unreadable", path);
        }

        if (snapshot.PartialClone)
        {
            yield return HistoryChecks.Readable.Conclude(Outcome.Pass, Severity.Info,
                $"The repository is a partial clone: history was read from names and object ids without fetching contents; {without}.",
                Location.None, "partial-clone");
        }
    }

    private static StageResult Alone(Outcome outcome, string detail) =>
        new([HistoryChecks.Readable.Conclude(outcome, Severity.Info, detail, Location.None, outcome.ToString())]);
}
