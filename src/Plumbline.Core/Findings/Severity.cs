namespace Plumbline.Core.Findings;

/// <summary>How bad a failing finding is on its own, before it is weighed as an item.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing to fix.</summary>
    Info,

    /// <summary>A small gap.</summary>
    Low,

    /// <summary>A real gap that should be planned.</summary>
    Medium,

    /// <summary>A serious gap.</summary>
    High,

    /// <summary>Fix today.</summary>
    Critical,
}
