namespace Plumbline.Core.Planning;

/// <summary>How the roadmap is scheduled.</summary>
/// <param name="Start">The first day of week 1.</param>
/// <param name="CapacityHoursPerWeek">Hours a week the business can put into this work.</param>
/// <param name="Budget">An optional limit on hours or money.</param>
/// <param name="IncludeSkipForNow">Schedule Skip-for-now items too (they are listed but not scheduled by default).</param>
public sealed record PlanSettings(DateOnly Start, double CapacityHoursPerWeek, Budget? Budget = null, bool IncludeSkipForNow = false)
{
    /// <summary>The capacity used when none is given: a small business's spare day a week.</summary>
    public const double DefaultCapacityHoursPerWeek = 8;
}
