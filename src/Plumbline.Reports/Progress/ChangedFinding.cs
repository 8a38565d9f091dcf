using Plumbline.Core.Findings;

namespace Plumbline.Reports.Progress;

/// <summary>A failing finding with what happened to it: the new run's copy, or the old one's when it is gone.</summary>
public sealed record ChangedFinding(FindingChange Change, Finding Finding);
