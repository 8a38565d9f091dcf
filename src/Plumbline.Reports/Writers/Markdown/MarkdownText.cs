using System.Text;

namespace Plumbline.Reports.Writers.Markdown;

/// <summary>Escaping for Markdown: text from a target can neither format, link, nor inject HTML, nor break a table.</summary>
internal static class MarkdownText
{
    /// <summary>Backslash-escapes Markdown punctuation and pipes; newlines become spaces (one line per cell or bullet).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#':
                    sb.Append('\\').Append(c);
                    break;
                case '\r':
                    break;
                case '\n':
                    sb.Append(' ');
                    break;
                case < ' ' when c != '\t':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString().Trim();
    }
}
