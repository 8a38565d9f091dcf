using System.Text;

namespace Plumbline.Reports.Writers.Csv;

/// <summary>One CSV field: RFC 4180 quoting, and neutralised so a spreadsheet never runs it as a formula.</summary>
internal static class CsvCell
{
    /// <summary>Characters that make a spreadsheet treat a cell as a formula (or a DDE call) when they come first.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The field as written: a leading apostrophe before a formula start, quoted when needed.</summary>
    public static string Format(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0)
        {
            text = "'" + text;
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 2);
        sb.Append('"');
        sb.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        sb.Append('"');
        return sb.ToString();
    }
}
