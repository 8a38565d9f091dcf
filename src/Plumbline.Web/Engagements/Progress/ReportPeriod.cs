using System.Globalization;

namespace Plumbline.Web.Engagements.Progress;

/// <summary>A calendar month a progress report covers, in UTC: <c>2026-11</c> is 1 November 00:00 to 1 December 00:00.</summary>
internal sealed record ReportPeriod(int Year, int Month)
{
    public DateTimeOffset Start => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset End => Start.AddMonths(1);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly NextFirstDay => FirstDay.AddMonths(1);

    public ReportPeriod Next => new(NextFirstDay.Year, NextFirstDay.Month);

    public string Key => FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string Name => FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = null!;
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            period = new ReportPeriod(day.Year, day.Month);
            return true;
        }

        return false;
    }

    public static ReportPeriod Of(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month);
}
