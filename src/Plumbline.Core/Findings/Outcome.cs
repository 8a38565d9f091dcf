namespace Plumbline.Core.Findings;

/// <summary>What a check concluded about one thing it looked at.</summary>
public enum Outcome
{
    /// <summary>The thing checked is in good shape.</summary>
    Pass,

    /// <summary>The thing checked needs fixing.</summary>
    Fail,

    /// <summary>The check does not apply to this target.</summary>
    NotApplicable,

    /// <summary>The check could not decide (missing data, a file it could not parse).</summary>
    Inconclusive,

    /// <summary>The check itself broke; the detail says how.</summary>
    Error,
}
