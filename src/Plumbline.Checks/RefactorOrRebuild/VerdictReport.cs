using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.RefactorOrRebuild;

/// <summary>The verdict as the report carries it: one finding (an item in the register unless the system is kept as
/// it is), the <c>verdict</c> metrics object, and a table of the signals, shown first among the tables.</summary>
public static class VerdictReport
{
    /// <summary>The verdict's question in the check registry.</summary>
    public static CheckDescriptor Descriptor { get; } = new("CodebaseCanBeKeptAsIs", "Can the system be kept and maintained as it is, or does it need refactoring, rebuilding in parts, or replacing?", "verdict", "refactor-in-place");

    /// <summary>The metrics key.</summary>
    public const string MetricsKey = "verdict";

    /// <summary>The finding: Pass for "keep and maintain", otherwise a failure whose severity grows with the work it asks.</summary>
    public static Finding Finding(SystemVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var final = verdict.Final;
        var severity = final.Id switch
        {
            "replace" => Severity.High,
            "rebuild-parts" => Severity.Medium,
            "keep" => Severity.Info,
            _ => Severity.Low,
        };
        var detail = verdict.OverrideChoice is null
            ? $"Verdict: {final.Title}. {final.Says}"
            : $"Verdict: {final.Title} (the consultant's choice; the rules said {verdict.Computed.Title}): {verdict.OverrideReason}";
        var evidence = new List<string> { Score(verdict) };
        evidence.AddRange(verdict.Signals.Where(s => s.Level >= SignalLevel.Strained).OrderByDescending(s => s.Level).ThenByDescending(s => s.Signal.Weight)
            .Select(s => $"{s.Signal.Title}: {Label(s.Level)} (weight {s.Signal.Weight}); what it would take: {s.Signal.Takes}"));
        return Descriptor.Conclude(final.Id == "keep" ? Outcome.Pass : Outcome.Fail, severity, Sentence.End(detail), Location.None, "repository") with
        {
            RecommendationId = final.RecommendationId,
            Evidence = evidence,
        };
    }

    /// <summary>The machine-readable verdict (docs/report-json.md).</summary>
    public static JsonObject Metrics(SystemVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return new JsonObject
        {
            ["choice"] = verdict.Final.Id,
            ["title"] = verdict.Final.Title,
            ["computedChoice"] = verdict.Computed.Id,
            ["override"] = verdict.OverrideChoice is null ? null : new JsonObject { ["choice"] = verdict.OverrideChoice.Id, ["reason"] = verdict.OverrideReason },
            ["score"] = Math.Round(verdict.Score, 3),
            ["knownSignals"] = verdict.Known,
            ["severeStructuralSignals"] = verdict.SevereStructural,
            ["signals"] = new JsonArray([.. verdict.Signals.Select(s => (JsonNode?)new JsonObject
            {
                ["id"] = s.Signal.Id,
                ["title"] = s.Signal.Title,
                ["weight"] = s.Signal.Weight,
                ["structural"] = s.Signal.Structural,
                ["level"] = s.Level.ToString().ToLowerInvariant(),
                ["evidence"] = new JsonArray([.. s.Evidence.Take(5).Select(e => (JsonNode?)e)]),
                ["takes"] = s.Signal.Takes,
            })]),
        };
    }

    /// <summary>The section people read: one row per signal, the verdict and what it would take in the title and note.</summary>
    public static MetricTable Table(SystemVerdict verdict, int minimumKnown)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var final = verdict.Final;
        var note = verdict.OverrideChoice is null
            ? $"{final.Says} {Score(verdict)}."
            : $"The consultant chose {final.Title}: {verdict.OverrideReason} (the rules, from the signals below, said {verdict.Computed.Title}: {verdict.Computed.Says}) {Score(verdict)}.";
        if (verdict.Known < minimumKnown)
        {
            note += string.Create(CultureInfo.InvariantCulture, $" Only {verdict.Known} of {verdict.Signals.Count} signals could be read, so this verdict rests on little evidence.");
        }

        return new MetricTable(
            "verdict",
            $"Refactor or rebuild? Verdict: {final.Title}",
            ["Signal", "Reads", "Weight", "Evidence", "What it would take"],
            [.. verdict.Signals.Select(s => (IReadOnlyList<string>)
            [
                s.Signal.Title,
                Label(s.Level),
                s.Signal.Weight.ToString(CultureInfo.InvariantCulture) + (s.Signal.Structural ? " (structural)" : string.Empty),
                s.Level == SignalLevel.Unknown ? "no finding spoke to this" : string.Join(" · ", s.Evidence.Take(3).Select(e => Shorten(e, 160))),
                s.Level >= SignalLevel.Strained ? s.Signal.Takes : "—",
            ])])
        {
            Note = note,
        };
    }

    private static string Score(SystemVerdict v) => string.Create(CultureInfo.InvariantCulture,
        $"Strain {v.Score:0.00} of 1 over {v.Known} known signals, {v.SevereStructural} structural signal{(v.SevereStructural == 1 ? string.Empty : "s")} severe (rules: docs/verdict.md)");

    private static string Label(SignalLevel level) => level switch
    {
        SignalLevel.Healthy => "healthy",
        SignalLevel.Strained => "strained",
        SignalLevel.Severe => "severe",
        _ => "unknown",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
