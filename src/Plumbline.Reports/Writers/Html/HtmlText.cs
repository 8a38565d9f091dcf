using System.Text;

namespace Plumbline.Reports.Writers.Html;

/// <summary>Escaping for text that came from a target or a register, safe in HTML/SVG text and quoted attributes.</summary>
internal static class HtmlText
{
    /// <summary>Escapes &amp; &lt; &gt; " and ' so the text can never open a tag or end an attribute.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // Control characters other than tab and newlines are not allowed in HTML text; drop them.
                case < ' ' when c is not ('\t' or '\n' or '\r'): break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Text from a target or a register as an isolated run (<c>&lt;bdi&gt;</c>): a right-to-left override in it
    /// (U+202E) can reorder only its own characters, never the sentence or the heading around it.</summary>
    /// <remarks>A line may break after each slash (<c>&lt;wbr&gt;</c>), so a path in a narrow column wraps between
    /// folders (<c>src/Plumbline.Checks/Repo/</c> · <c>RepoCollector.cs</c>) before it breaks inside a name.</remarks>
    public static string Isolated(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : $"<bdi>{Escape(text).Replace("/", "/<wbr>", StringComparison.Ordinal)}</bdi>";

    /// <summary>Text without the Unicode bidirectional controls (embeddings, overrides, isolates, marks).</summary>
    /// <remarks>For places that cannot isolate a run: the document title, headings, SVG labels and printed page margins.
    /// A title such as "Acme‮tcejorp" would otherwise show reversed in the tab, the heading and on every page.</remarks>
    public static string WithoutBidiControls(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsBidiControl))
        {
            return text ?? string.Empty;
        }

        return string.Concat(text.Where(c => !IsBidiControl(c)));
    }

    /// <summary>U+061C, U+200E–U+200F, U+202A–U+202E and U+2066–U+2069: the characters that change bidirectional order.</summary>
    public static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>A CSS string literal, quotes included, safe inside a &lt;style&gt; element: quotes, backslashes,
    /// line breaks and &lt; are written as CSS escapes, so the text can end neither the string nor the element.</summary>
    public static string CssString(string? text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in WithoutBidiControls(text))
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                sb.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Shortens a label for a picture to a number of characters with an ellipsis, before escaping (so no entity
    /// is cut); bidi controls are dropped, since SVG text cannot isolate them.</summary>
    /// <remarks>A path keeps its end, where the file name is: <c>…/Repo/RepoCollector.cs</c>, not <c>src/Plumbline.Checks/Rep…</c>.</remarks>
    public static string Truncate(string text, int max)
    {
        text = WithoutBidiControls(text);
        if (max >= 2 && text.Length > max && IsPath(text))
        {
            var tail = text[(text.Length - (max - 1))..];
            var slash = tail.IndexOf('/', StringComparison.Ordinal);
            return "…" + (slash > 0 ? tail[slash..] : tail);
        }

        if (max < 2 || text.Length <= max)
        {
            return text.Length <= max ? text : text[..Math.Max(0, max)];
        }

        return string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
    }

    private static bool IsPath(string text) => !text.Contains(' ', StringComparison.Ordinal) && text.Contains('/', StringComparison.Ordinal);

    /// <summary>A value usable in an id attribute and a #fragment: letters, digits and dashes.</summary>
    public static string Anchor(string prefix, string id)
    {
        var sb = new StringBuilder(prefix.Length + id.Length);
        sb.Append(prefix);
        foreach (var c in id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return sb.ToString();
    }
}
