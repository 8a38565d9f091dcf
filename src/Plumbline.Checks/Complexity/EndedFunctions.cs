namespace Plumbline.Checks.Complexity;

/// <summary>Finds Ruby methods: <c>def</c> … <c>end</c>, matching each <c>end</c> with the keyword that opened its
/// block (<c>class</c>, <c>do</c>, <c>begin</c>, <c>case</c>, and <c>if</c>/<c>unless</c>/<c>while</c>/<c>until</c>/<c>for</c>
/// when they start a statement rather than modify one).</summary>
internal static class EndedFunctions
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "class", "module", "begin", "case", "do" };
    private static readonly HashSet<string> StatementOpeners = new(StringComparer.Ordinal) { "if", "unless", "while", "until", "for" };
    private static readonly HashSet<string> ValueStarts = new(StringComparer.Ordinal) { "=", "(", ";", "||=", "&&=", "+=", "-=", "return", "<<", "[", ",", "&&", "||", "and", "or", "not", "then", "=>" };

    public static IReadOnlyList<FunctionMeasure> Find(IReadOnlyList<SourceToken> t, ComplexityLanguage lang)
    {
        var open = new OpenFunctions(t);
        var blocks = new List<bool>(); // true for a def
        var loopLine = -1;
        for (var i = 0; i < t.Count; i++)
        {
            var tok = t[i];
            var s = tok.Text;
            // A method call (x.class, y.end) or a symbol or hash key (:end, end:) is not a keyword.
            var asName = i > 0 && t[i - 1].Text is "." or ":" or "::" || (i + 1 < t.Count && t[i + 1].Text == ":" && t[i + 1].Line == tok.Line && s != "when");
            if (lang.Decisions.Contains(s) && !asName)
            {
                open.Decision();
            }

            if (asName)
            {
                continue;
            }

            if (s == lang.FunctionKeyword && i + 1 < t.Count)
            {
                var (name, next) = Name(t, i + 1);
                var endless = EndlessDefinition(t, next);
                open.Start(name, tok.Line, blocks.Count);
                if (endless)
                {
                    open.EndInnermost(LineEnd(t, next));
                }
                else
                {
                    blocks.Add(true);
                }

                i = next - 1;
            }
            else if (Openers.Contains(s) && !(s == "do" && loopLine == tok.Line))
            {
                blocks.Add(false);
            }
            else if (StatementOpeners.Contains(s) && (tok.FirstOnLine || (i > 0 && ValueStarts.Contains(t[i - 1].Text))))
            {
                blocks.Add(false);
                loopLine = s is "while" or "until" or "for" ? tok.Line : loopLine; // `while x do` opens one block
            }
            else if (s == "end" && blocks.Count > 0)
            {
                var wasDef = blocks[^1];
                blocks.RemoveAt(blocks.Count - 1);
                if (wasDef && open.Count > 0)
                {
                    open.EndInnermost(tok.Line);
                }
            }
        }

        return open.Finish();
    }

    // def name, def self.name, def Const.name, def ==(other): the name, and the index after it.
    private static (string Name, int Next) Name(IReadOnlyList<SourceToken> t, int j)
    {
        var name = t[j].Text;
        j++;
        while (j + 1 < t.Count && t[j].Text == "." && t[j].Line == t[j - 1].Line)
        {
            name += "." + t[j + 1].Text;
            j += 2;
        }

        return (name, j);
    }

    // Ruby 3's `def name(args) = expression` has no end.
    private static bool EndlessDefinition(IReadOnlyList<SourceToken> t, int j)
    {
        if (j < t.Count && t[j].Text == "(")
        {
            var depth = 0;
            for (; j < t.Count; j++)
            {
                depth += t[j].Text == "(" ? 1 : t[j].Text == ")" ? -1 : 0;
                if (depth == 0)
                {
                    j++;
                    break;
                }
            }
        }

        return j < t.Count && t[j].Text == "=" && t[j].Line == t[j - 1].Line;
    }

    private static int LineEnd(IReadOnlyList<SourceToken> t, int j) => j < t.Count ? t[j].Line : t[^1].Line;
}
