namespace Plumbline.Checks.RefactorOrRebuild;

/// <summary>How one signal read in an audit, with the findings that made it so.</summary>
/// <param name="Signal">The signal, as the rules define it.</param>
/// <param name="Level">How it read.</param>
/// <param name="Evidence">The failing findings' details (or, when healthy, what passed), check id first.</param>
public sealed record SignalReading(VerdictRules.Signal Signal, SignalLevel Level, IReadOnlyList<string> Evidence);
