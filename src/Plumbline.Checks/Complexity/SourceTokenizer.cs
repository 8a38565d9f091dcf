namespace Plumbline.Checks.Complexity;

/// <summary>Splits source text into the tokens the counter reads: words, operators and brackets, with strings
/// collapsed to one token and comments dropped, so that an <c>if</c> in a comment or a <c>?</c> in a string counts
/// for nothing.</summary>
internal static class SourceTokenizer
{
    // Longest first: the counter needs && || ?? ?. and friends whole, and => -> :: so they are not read as ? or :.
    private static readonly string[] Operators = ["??=", "?->", "...", "&&", "||", "??", "?.", "?:", "=>", "->", "::", "==", "!=", "<=", ">=", "+=", "-=", "<<"];

    public static List<SourceToken> Tokenize(string text, ComplexityLanguage language)
    {
        var tokens = new List<SourceToken>(text.Length / 4);
        var php = language == ComplexityLanguages.Php;
        var i = 0;
        var line = 1;
        var indent = 0;
        var lineStart = true;
        var atIndent = true;

        if (php)
        {
            i = SkipInlineHtml(text, 0, ref line);
        }

        void Add(string t)
        {
            tokens.Add(new SourceToken(t, line, indent, lineStart));
            lineStart = false;
            atIndent = false;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                i++;
                indent = 0;
                lineStart = true;
                atIndent = true;
                continue;
            }

            if (c is ' ' or '\t' or '\r' or '\f' or '\v')
            {
                if (atIndent)
                {
                    indent = c == '\t' ? (indent / 8 + 1) * 8 : indent + 1;
                }

                i++;
                continue;
            }

            if (Starts(text, i, language.LineComments))
            {
                while (i < text.Length && text[i] != '\n')
                {
                    if (php && text[i] == '?' && At(text, i, "?>"))
                    {
                        break;
                    }

                    i++;
                }

                continue;
            }

            if (language.BlockComments && At(text, i, "/*"))
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                line += Count(text, i, end, '\n');
                i = end;
                continue;
            }

            if (language.Shape == CodeShape.Keywords && lineStart && At(text, i, "=begin"))
            {
                var end = text.IndexOf("\n=end", i, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 5;
                line += Count(text, i, end, '\n');
                i = end;
                continue;
            }

            if (php && At(text, i, "?>"))
            {
                Add(";");
                i = SkipInlineHtml(text, i + 2, ref line);
                continue;
            }

            if (language.TripleQuotes && (At(text, i, "\"\"\"") || At(text, i, "'''")))
            {
                var quote = text.Substring(i, 3);
                var end = i + 3;
                while (end < text.Length && !At(text, end, quote))
                {
                    end += text[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(text.Length, end + 3);
                Add("\"\"");
                line += Count(text, i, end, '\n');
                i = end;
                continue;
            }

            if (c is '"' or '\'' || (c == '`' && language.BackquoteStrings))
            {
                // C# verbatim strings (@"…") escape a quote by doubling it, not with a backslash.
                var verbatim = c == '"' && language == ComplexityLanguages.CSharp && i > 0 && text[i - 1] == '@';
                var end = SkipString(text, i, c, verbatim || c == '`' && language == ComplexityLanguages.Go);
                Add("\"\"");
                line += Count(text, i, end, '\n');
                i = end;
                continue;
            }

            if (c == '/' && language.RegexLiterals && StartsRegex(tokens) && SkipRegex(text, i) is var afterRegex and > 0)
            {
                Add("\"\"");
                i = afterRegex;
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is '_' or '$' or '@')
            {
                var start = i;
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$'))
                {
                    i++;
                }

                // Ruby method names may end in ? or ! (empty?, save!): part of the name, not a ternary.
                if (language.Shape == CodeShape.Keywords && i < text.Length && text[i] is '?' or '!' && !(i + 1 < text.Length && text[i + 1] is '=' or ':'))
                {
                    i++;
                }

                Add(text[start..i]);
                continue;
            }

            var op = Array.Find(Operators, o => At(text, i, o));
            Add(op ?? c.ToString());
            i += op?.Length ?? 1;
        }

        return tokens;
    }

    private static bool At(string text, int i, string s) => string.CompareOrdinal(text, i, s, 0, s.Length) == 0;

    private static bool Starts(string text, int i, IReadOnlyList<string> prefixes)
    {
        foreach (var p in prefixes)
        {
            if (At(text, i, p))
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(string text, int from, int to, char c) => text.AsSpan(from, to - from).Count(c);

    private static int SkipString(string text, int i, char quote, bool noEscapes)
    {
        var j = i + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (c == '\\' && !noEscapes)
            {
                j += 2;
                continue;
            }

            if (c == quote)
            {
                if (noEscapes && j + 1 < text.Length && text[j + 1] == quote)
                {
                    j += 2;
                    continue;
                }

                return j + 1;
            }

            // An unclosed ordinary string ends at the line's end, so one stray quote cannot swallow the file.
            if (c == '\n' && quote != '`' && !noEscapes)
            {
                return j;
            }

            j++;
        }

        return text.Length;
    }

    // A slash opens a regular expression where a value is expected: at the start, or after an operator or keyword.
    private static bool StartsRegex(List<SourceToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return true;
        }

        var last = tokens[^1].Text;
        return last is "return" or "typeof" or "case" or "do" or "else" or "in" or "of" or "yield" || (!tokens[^1].IsWord && last is not (")" or "]" or "}" or "\"\"") && !char.IsDigit(last[0]));
    }

    // The end of a /regex/flags literal on one line, or -1 when the slash is not one.
    private static int SkipRegex(string text, int i)
    {
        var j = i + 1;
        var inClass = false;
        while (j < text.Length && text[j] != '\n')
        {
            var c = text[j];
            if (c == '\\')
            {
                j += 2;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                j++;
                while (j < text.Length && char.IsLetter(text[j]))
                {
                    j++;
                }

                return j == i + 2 ? -1 : j;
            }

            j++;
        }

        return -1;
    }

    // Outside <?php … ?> a PHP file is HTML: nothing in it is code.
    private static int SkipInlineHtml(string text, int i, ref int line)
    {
        var open = text.IndexOf("<?", i, StringComparison.Ordinal);
        var end = open < 0 ? text.Length : open + (At(text, open, "<?php") ? 5 : At(text, open, "<?=") ? 3 : 2);
        line += Count(text, i, end, '\n');
        return end;
    }
}
