using System.Globalization;

namespace Plumbline.Core.Scales;

/// <summary>Shared reading of "3" or "moderate" into a 1–5 level.</summary>
internal static class ScaleText
{
    public static int? Parse(string? text, IReadOnlyList<string> names)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 5 ? number : null;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }
}
