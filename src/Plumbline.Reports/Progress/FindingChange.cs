namespace Plumbline.Reports.Progress;

/// <summary>What happened to one failing finding between two runs of the same target.</summary>
public enum FindingChange
{
    /// <summary>Failing before, not failing now, and its check ran and decided this time.</summary>
    Fixed,

    /// <summary>Failing now and never seen failing before.</summary>
    New,

    /// <summary>Failing before and now.</summary>
    StillOpen,

    /// <summary>Failing now, not in the previous run, but failing in an earlier one: it came back.</summary>
    Regressed,

    /// <summary>Failing before and gone now, but its check did not run or could not decide this time (Error,
    /// Inconclusive, or left out), so it is not counted as fixed.</summary>
    NotRechecked,
}
