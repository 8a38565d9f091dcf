using Plumbline.Core.Findings;

namespace Plumbline.Checks.RefactorOrRebuild;

/// <summary>The verdict's rules, read from data (<c>verdict.yml</c>, docs/verdict.md): signals over check ids, and
/// choices with the conditions that pick them.</summary>
public sealed record VerdictRules(int MinimumKnown, IReadOnlyList<VerdictRules.Signal> Signals, IReadOnlyList<VerdictRules.Choice> Choices)
{
    /// <summary>How a failing finding of one check weighs on its signal.</summary>
    /// <param name="CheckId">The check whose findings are read.</param>
    /// <param name="Fail">What a failing finding makes the signal.</param>
    /// <param name="SevereAt">A failure at or above this severity is severe; null when <paramref name="Fail"/> decides alone.</param>
    public sealed record CheckRule(string CheckId, SignalLevel Fail, Severity? SevereAt);

    /// <summary>One thing the verdict weighs; structural signals (platforms, knowledge, complexity) argue for
    /// rebuilding, the others are gaps closed in place.</summary>
    public sealed record Signal(string Id, string Title, int Weight, bool Structural, IReadOnlyList<CheckRule> Checks, string Takes);

    /// <summary>One possible verdict and when it applies.</summary>
    public sealed record Choice(string Id, string Title, string RecommendationId, double? ScoreAtLeast, int? SevereStructuralAtLeast, string Says);

    /// <summary>The rules shipped with Plumbline.</summary>
    public static VerdictRules BuiltIn { get; } = VerdictRulesReader.ReadBuiltIn();

    /// <summary>The choice with this id, or null.</summary>
    public Choice? Find(string id) => Choices.FirstOrDefault(c => c.Id == id);
}
