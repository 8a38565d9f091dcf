namespace Plumbline.Core.Input;

/// <summary>The dates Plumbline accepts from people and files: 2000 to 2100. A plan starting in 9999 overflowed the
/// roadmap's week arithmetic; a restore test in 0001 is a typo, not evidence.</summary>
public static class SaneDates
{
    /// <summary>The earliest date accepted.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The latest date accepted.</summary>
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>True when <paramref name="date"/> is within <see cref="Earliest"/> to <see cref="Latest"/>.</summary>
    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>What to tell someone who gave a date outside the window.</summary>
    public static string Describe(string what) => $"Enter a date from {Earliest.Year} to {Latest.Year} for {what}.";
}
