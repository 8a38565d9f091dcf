namespace Plumbline.Checks.Vulnerabilities.Versions;

/// <summary>
/// Packagist ordering as OSV compares it, PHP's <c>version_compare</c>: a leading <c>v</c> is dropped, <c>-</c>,
/// <c>_</c> and <c>+</c> become dots and a dot goes between digits and letters (<c>1.0rc1</c> is <c>1.0.rc.1</c>);
/// parts compare as numbers, or by stability, any unknown word &lt; dev &lt; alpha (a) &lt; beta (b) &lt; RC &lt;
/// a number &lt; pl (p, and words starting with p such as post). A version with more numeric parts is newer
/// (<c>1.0.0</c> after <c>1.0</c>).
/// </summary>
public sealed class PackagistScheme : IVersionScheme
{
    public static PackagistScheme Instance { get; } = new();

    public string Name => "Packagist";

    // Checked in this order, each as a prefix of the part, as PHP does.
    private static readonly (string Form, int Order)[] SpecialForms =
    [
        ("dev", 0), ("alpha", 1), ("a", 1), ("beta", 2), ("b", 2), ("RC", 3), ("rc", 3), ("#", 4), ("pl", 5), ("p", 5),
    ];

    private const string Number = "#";

    public int Compare(string a, string b) => Compare(Parts(Canonical(a)), Parts(Canonical(b)));

    private static int Compare(List<string> x, List<string> y)
    {
        var i = 0;
        for (; i < x.Count && i < y.Count; i++)
        {
            var c = ComparePart(x[i], y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        // The longer version wins when it goes on with a number; otherwise what follows is judged against a number.
        if (i < x.Count)
        {
            return VersionText.IsDigits(x[i]) ? 1 : Compare(x.Skip(i).ToList(), [Number]);
        }

        if (i < y.Count)
        {
            return VersionText.IsDigits(y[i]) ? -1 : Compare([Number], y.Skip(i).ToList());
        }

        return 0;
    }

    private static int ComparePart(string x, string y)
    {
        var xDigits = VersionText.IsDigits(x);
        var yDigits = VersionText.IsDigits(y);
        return (xDigits, yDigits) switch
        {
            (true, true) => VersionText.CompareNumbers(x, y),
            (true, false) => Math.Sign(Order(Number) - Order(y)),
            (false, true) => Math.Sign(Order(x) - Order(Number)),
            _ => Math.Sign(Order(x) - Order(y)),
        };
    }

    private static int Order(string part)
    {
        foreach (var (form, order) in SpecialForms)
        {
            if (part.StartsWith(form, StringComparison.Ordinal))
            {
                return order;
            }
        }

        return -1;
    }

    private static List<string> Parts(string canonical) =>
        [.. canonical.Split('.', StringSplitOptions.RemoveEmptyEntries)];

    // PHP's canonical form: separators become one dot, and a dot marks each change between digits and other characters.
    private static string Canonical(string version)
    {
        var text = version.Trim();
        if (text.Length > 1 && text[0] is 'v' or 'V' && char.IsAsciiDigit(text[1]))
        {
            text = text[1..];
        }

        var result = new System.Text.StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i == 0)
            {
                result.Append(c);
                continue;
            }

            var previous = text[i - 1];
            if (c is '-' or '_' or '+' || !char.IsAsciiLetterOrDigit(c))
            {
                AppendDot(result);
            }
            else if (previous != '.' && char.IsAsciiDigit(previous) != char.IsAsciiDigit(c))
            {
                AppendDot(result);
                result.Append(c);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static void AppendDot(System.Text.StringBuilder text)
    {
        if (text.Length == 0 || text[^1] != '.')
        {
            text.Append('.');
        }
    }
}
