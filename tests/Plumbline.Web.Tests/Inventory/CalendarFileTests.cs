using System.Text;
using Plumbline.Web.Inventory;

namespace Plumbline.Web.Tests.Inventory;

public sealed class CalendarFileTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 3, 2, 9, 5, 7, TimeSpan.Zero);

    private static string Write(params CalendarFile.Event[] events) => CalendarFile.Write("Bakery: contract deadlines", events, Stamp);

    [Fact]
    public void An_all_day_event_has_a_uid_a_utc_stamp_and_date_values_ending_the_next_day()
    {
        var text = Write(new CalendarFile.Event("notice-7-20260320@engagement-1.plumbline", new DateOnly(2026, 3, 20), "Notice deadline for Xero", "Give notice."));

        text.ShouldStartWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");
        text.ShouldEndWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        text.ShouldContain("\r\nBEGIN:VEVENT\r\nUID:notice-7-20260320@engagement-1.plumbline\r\nDTSTAMP:20260302T090507Z\r\n");
        text.ShouldContain("\r\nDTSTART;VALUE=DATE:20260320\r\nDTEND;VALUE=DATE:20260321\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain("\n");
    }

    [Fact]
    public void Text_escapes_backslash_semicolon_comma_and_line_breaks()
    {
        CalendarFile.Escape("a\\b; c, d\r\ne\nf").ShouldBe("a\\\\b\\; c\\, d\\ne\\nf");
        Write(new CalendarFile.Event("u", new DateOnly(2026, 4, 1), "Tills, scales; ovens", "x")).ShouldContain("\r\nSUMMARY:Tills\\, scales\\; ovens\r\n");
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character_and_unfold_to_the_original()
    {
        // Multi-byte text: é is 2 octets, the emoji 4 (a surrogate pair in .NET).
        var description = string.Concat(Enumerable.Repeat("Café crème 🍰 renewal, ", 12));
        var text = Write(new CalendarFile.Event("u", new DateOnly(2026, 4, 1), "S", description));

        var lines = text.Split("\r\n");
        lines.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        lines.Count(l => l.StartsWith(' ')).ShouldBeGreaterThan(3);
        lines.ShouldAllBe(l => !l.Contains('\uFFFD') && (l.Length == 0 || !char.IsHighSurrogate(l[l.Length - 1])));
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        unfolded.ShouldContain("\r\nDESCRIPTION:" + CalendarFile.Escape(description) + "\r\n");
    }
}
