using Plumbline.Core.Findings;

namespace Plumbline.Checks.RefactorOrRebuild;

/// <summary>Keep and maintain, refactor in place, rebuild parts or replace: the choice the rules make from the
/// audit's findings, the signals behind it, and the consultant's override when there is one.</summary>
/// <param name="Computed">The choice the rules make.</param>
/// <param name="Score">Weighted strain over the known signals, 0 (all healthy) to 1 (all severe).</param>
/// <param name="Signals">Every signal, in the rules' order, unknown ones included.</param>
/// <param name="OverrideChoice">The consultant's choice; null when the computed choice stands.</param>
/// <param name="OverrideReason">Why the consultant chose differently.</param>
public sealed record SystemVerdict(VerdictRules.Choice Computed, double Score, IReadOnlyList<SignalReading> Signals, VerdictRules.Choice? OverrideChoice, string? OverrideReason)
{
    /// <summary>The verdict the report leads with: the override when given, else the computed one.</summary>
    public VerdictRules.Choice Final => OverrideChoice ?? Computed;

    /// <summary>Signals that some finding spoke to.</summary>
    public int Known => Signals.Count(s => s.Level != SignalLevel.Unknown);

    /// <summary>Structural signals (platforms, knowledge, complexity) that read severe.</summary>
    public int SevereStructural => Signals.Count(s => s.Signal.Structural && s.Level == SignalLevel.Severe);

    /// <summary>Weighs the findings of a finished audit by the rules and picks the first choice whose conditions hold.</summary>
    public static SystemVerdict Decide(IReadOnlyList<Finding> findings, VerdictRules rules, VerdictOverride? choice = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(rules);
        var byCheck = findings.ToLookup(f => f.CheckId, StringComparer.Ordinal);
        var readings = rules.Signals.Select(s => Read(s, byCheck)).ToList();

        var known = readings.Where(r => r.Level != SignalLevel.Unknown).ToList();
        var possible = known.Sum(r => r.Signal.Weight * 2);
        var score = possible == 0 ? 0 : (double)known.Sum(r => r.Signal.Weight * (int)r.Level) / possible;
        var severe = readings.Count(r => r.Signal.Structural && r.Level == SignalLevel.Severe);
        var computed = rules.Choices.First(c => (c.ScoreAtLeast is not { } s || score >= s) && (c.SevereStructuralAtLeast is not { } n || severe >= n));
        return new SystemVerdict(computed, score, readings, choice is null ? null : rules.Find(choice.Choice), choice?.Reason);
    }

    private static SignalReading Read(VerdictRules.Signal signal, ILookup<string, Finding> byCheck)
    {
        var level = SignalLevel.Unknown;
        var evidence = new List<string>();
        var passed = new List<string>();
        foreach (var rule in signal.Checks)
        {
            foreach (var f in byCheck[rule.CheckId])
            {
                if (f.Outcome == Outcome.Fail)
                {
                    var l = rule.Fail == SignalLevel.Severe || (rule.SevereAt is { } at && f.Severity >= at) ? SignalLevel.Severe : SignalLevel.Strained;
                    level = (SignalLevel)Math.Max((int)level, (int)l);
                    evidence.Add($"{f.CheckId}: {f.Detail}");
                }
                else if (f.Outcome == Outcome.Pass)
                {
                    level = level == SignalLevel.Unknown ? SignalLevel.Healthy : level;
                    passed.Add($"{f.CheckId}: {f.Detail}");
                }
            }
        }

        return new SignalReading(signal, level, level == SignalLevel.Healthy ? passed : evidence);
    }
}
