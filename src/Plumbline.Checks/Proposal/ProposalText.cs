using System.Text;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Proposal;

/// <summary>Text clean-up shared by every reader: one kind of quote, dash and space, so the rules need one spelling.</summary>
internal static partial class ProposalText
{
    /// <summary>Typographic quotes and dashes made plain, whitespace collapsed, trimmed.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' or '\u2009' or '\u202F' or '\t' or '\r' or '\n' => ' ',
                _ => c,
            });
        }

        return Spaces().Replace(sb.ToString(), " ").Trim();
    }

    /// <summary>A clause number a block starts with ("4.2 ", "3. ", "(b) ") and the rest of the text.</summary>
    public static (string? Clause, string Text) SplitClause(string text)
    {
        text = Bullet().Replace(text, string.Empty);
        var m = ClauseNumber().Match(text);
        return m.Success && m.Length < text.Length ? (m.Groups["n"].Value, text[m.Length..]) : (null, text);
    }

    [GeneratedRegex(@"^[•*-]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?<n>\d{1,2}(?:\.\d{1,2})+)\.?\s+|(?<n>\d{1,2})[.)]\s+|\((?<n>[a-z0-9]{1,3})\)\s+|(?<n>[a-z])\)\s+)")]
    private static partial Regex ClauseNumber();
}
