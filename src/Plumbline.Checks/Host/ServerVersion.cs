using System.Globalization;

namespace Plumbline.Checks.Host;

/// <summary>A dotted version read from a banner (<c>9.7p1</c> reads as 9.7: the portable-release suffix does not order releases).</summary>
public sealed record ServerVersion(IReadOnlyList<int> Parts) : IComparable<ServerVersion>
{
    /// <summary>The leading dotted numbers of <paramref name="text"/>, or null when it does not start with a number.</summary>
    public static ServerVersion? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<int>();
        foreach (var piece in text.Split('.'))
        {
            var digits = piece.TakeWhile(char.IsAsciiDigit).Count();
            if (digits == 0 || !int.TryParse(piece.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                break;
            }

            parts.Add(n);
            if (digits < piece.Length)
            {
                break;
            }
        }

        return parts.Count == 0 ? null : new ServerVersion(parts);
    }

    public int CompareTo(ServerVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Max(Parts.Count, other.Parts.Count); i++)
        {
            var c = (i < Parts.Count ? Parts[i] : 0).CompareTo(i < other.Parts.Count ? other.Parts[i] : 0);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    public bool Equals(ServerVersion? other) => other is not null && CompareTo(other) == 0;

    public override int GetHashCode() => string.Join('.', Parts.Reverse().SkipWhile(p => p == 0).Reverse()).GetHashCode(StringComparison.Ordinal);

    public override string ToString() => string.Join('.', Parts);

    public static bool operator <(ServerVersion left, ServerVersion right) => left is null ? right is not null : left.CompareTo(right) < 0;

    public static bool operator <=(ServerVersion left, ServerVersion right) => left is null || left.CompareTo(right) <= 0;

    public static bool operator >(ServerVersion left, ServerVersion right) => left is not null && left.CompareTo(right) > 0;

    public static bool operator >=(ServerVersion left, ServerVersion right) => left is null ? right is null : left.CompareTo(right) >= 0;
}
