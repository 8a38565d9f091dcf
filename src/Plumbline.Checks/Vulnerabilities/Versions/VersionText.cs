using System.Globalization;
using System.Numerics;

namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>Small helpers shared by the version schemes.</summary>
internal static class VersionText
{
    /// <summary>Compares two digit strings as numbers of any length (versions such as 20191109021931 overflow int).</summary>
    public static int CompareNumbers(string a, string b)
    {
        var x = a.TrimStart('0');
        var y = b.TrimStart('0');
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
    }

    public static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    /// <summary>Splits text into runs of digits and runs of letters, dropping every other character.</summary>
    public static List<string> Runs(string text)
    {
        var runs = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                runs.Add(text[start..i]);
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
                runs.Add(text[start..i]);
            }
            else
            {
                i++;
            }
        }

        return runs;
    }

    public static BigInteger ParseBig(string digits) => BigInteger.Parse(digits.Length == 0 ? "0" : digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
