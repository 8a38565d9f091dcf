using System.Globalization;
using System.Text;

namespace Plumbline.Web.Inventory;

/// <summary>Writes all-day events as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets, text escaped.</summary>
public static class CalendarFile
{
    /// <summary>One all-day event. <paramref name="Uid"/> must be unique and stable for the same event.</summary>
    public sealed record Event(string Uid, DateOnly Date, string Summary, string Description);

    // RFC 5545 3.1: a content line is at most 75 octets, not counting the CRLF; longer ones continue after CRLF + one space.
    private const int MaxOctets = 75;

    public static string Write(string calendarName, IEnumerable<Event> events, DateTimeOffset stamp)
    {
        var text = new StringBuilder();
        void Line(string line) => Fold(text, line);

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Plumbline//Contract deadlines//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(calendarName));
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + Escape(e.Uid));
            Line("DTSTAMP:" + dtstamp);
            // An all-day event: DATE values, and the end is the day after (exclusive), RFC 5545 3.6.1.
            Line("DTSTART;VALUE=DATE:" + Date(e.Date));
            Line("DTEND;VALUE=DATE:" + Date(e.Date.AddDays(1)));
            Line("SUMMARY:" + Escape(e.Summary));
            Line("DESCRIPTION:" + Escape(e.Description));
            Line("TRANSP:TRANSPARENT");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>TEXT escaping, RFC 5545 3.3.11: backslash, semicolon and comma are escaped, a line break becomes \n.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Appends a content line, folded so no physical line exceeds 75 octets of UTF-8 and no character is split.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        var i = 0;
        while (i < line.Length)
        {
            // A surrogate pair is one character: never put a fold between its halves.
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space of a continuation line counts
            }

            text.Append(line, i, length);
            octets += size;
            i += length;
        }

        text.Append("\r\n");
    }
}
