using System.Globalization;

namespace Plumbline.Reports.Writers.Html;

/// <summary>Invariant number formatting for SVG coordinates and readable figures.</summary>
internal static class Numbers
{
    /// <summary>A coordinate with at most one decimal.</summary>
    public static string C(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Hours as people read them: 24, 2.5.</summary>
    public static string Hours(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Money with thousands separators, no decimals.</summary>
    public static string Money(decimal value, string? currency) =>
        (currency is { Length: > 0 } c ? c + " " : string.Empty) + value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>An integer.</summary>
    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
