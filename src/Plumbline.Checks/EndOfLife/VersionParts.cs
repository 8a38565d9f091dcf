using System.Globalization;

namespace Plumbline.Checks.EndOfLife;

/// <summary>The leading dotted numbers of a version or cycle: "7.2.34-apache" → 7, 2, 34; "v18" → 18.</summary>
public static class VersionParts
{
    public static IReadOnlyList<int> Of(string? text)
    {
        var parts = new List<int>();
        if (string.IsNullOrEmpty(text)) return parts;
        var i = text.Length > 1 && (text[0] is 'v' or 'V') && char.IsAsciiDigit(text[1]) ? 1 : 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            // A number too long for an int is no version part anyone writes; stop there.
            if (!int.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) break;
            parts.Add(n);
            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1])) i++;
            else break;
        }

        return parts;
    }

    /// <summary>True when <paramref name="prefix"/> is a leading run of <paramref name="parts"/>.</summary>
    public static bool StartsWith(IReadOnlyList<int> parts, IReadOnlyList<int> prefix)
    {
        if (prefix.Count == 0 || prefix.Count > parts.Count) return false;
        for (var i = 0; i < prefix.Count; i++)
        {
            if (parts[i] != prefix[i]) return false;
        }

        return true;
    }

    /// <summary>Orders part lists numerically, a shorter list before a longer one it starts.</summary>
    public static int Compare(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0) return c;
        }

        return a.Count.CompareTo(b.Count);
    }
}
