namespace Plumbline.Checks.RefactorOrRebuild;

/// <summary>How one signal reads: unknown (no finding said), healthy, strained or severe.</summary>
public enum SignalLevel
{
    Unknown = -1,
    Healthy = 0,
    Strained = 1,
    Severe = 2,
}
