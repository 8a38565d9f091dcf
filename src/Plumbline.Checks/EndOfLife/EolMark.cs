namespace Plumbline.Checks.EndOfLife;

/// <summary>An end date as endoflife.date writes it: a date, or only "yes, it has ended" / "no end announced".</summary>
/// <param name="Date">The date, when one is published.</param>
/// <param name="Ended">For a mark without a date: true when the data says it has ended.</param>
public readonly record struct EolMark(DateOnly? Date, bool Ended)
{
    /// <summary>No end announced.</summary>
    public static EolMark None => new(null, false);

    /// <summary>True when the end is on or before <paramref name="today"/>.</summary>
    public bool IsPast(DateOnly today) => Date is { } d ? d <= today : Ended;

    /// <summary>True when the end is after <paramref name="today"/> and no later than <paramref name="months"/> months on.</summary>
    public bool EndsWithin(DateOnly today, int months) => Date is { } d && d > today && d <= today.AddMonths(months);

    /// <summary>"2020-11-30", "ended (no date published)" or "none announced".</summary>
    public override string ToString() => Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : Ended ? "ended (no date published)" : "none announced";

    /// <summary>Reads "2020-11-30", "true" or "false"; null for anything else.</summary>
    public static EolMark? Parse(string? text)
    {
        var t = text?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(t)) return null;
        if (t.Equals("true", StringComparison.OrdinalIgnoreCase)) return new EolMark(null, true);
        if (t.Equals("false", StringComparison.OrdinalIgnoreCase)) return None;
        return DateOnly.TryParseExact(t, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? new EolMark(date, false)
            : null;
    }
}
