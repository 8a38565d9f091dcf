namespace Plumbline.Checks.Audit;

/// <summary>A progress report from a stage: which stage, what it is doing, and how far along (0–1, or null when unknown).</summary>
public readonly record struct AuditProgress(string Stage, string Activity, double? Fraction = null);
