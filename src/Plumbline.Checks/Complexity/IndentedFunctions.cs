namespace Plumbline.Checks.Complexity;

/// <summary>Finds Python functions: <c>def name(…):</c>, whose body is every following line indented deeper than the
/// <c>def</c> (lines inside brackets belong to the line that opened them).</summary>
internal static class IndentedFunctions
{
    public static IReadOnlyList<FunctionMeasure> Find(IReadOnlyList<SourceToken> t, ComplexityLanguage lang)
    {
        var open = new OpenFunctions(t);
        var brackets = 0;
        for (var i = 0; i < t.Count; i++)
        {
            var tok = t[i];
            if (tok.FirstOnLine && brackets == 0)
            {
                while (open.Count > 0 && tok.Indent <= open.InnermostDepth)
                {
                    open.EndInnermost(LastLineBefore(t, i));
                }
            }

            switch (tok.Text)
            {
                case "(" or "[" or "{":
                    brackets++;
                    continue;
                case ")" or "]" or "}":
                    brackets = Math.Max(0, brackets - 1);
                    continue;
            }

            if (tok.Text == lang.FunctionKeyword && i + 1 < t.Count && t[i + 1].IsWord)
            {
                // `async def` and decorators sit on the def's line or above it: the def's own line sets the depth.
                open.Start(t[i + 1].Text, tok.Line, LineIndent(t, i));
                i++;
                continue;
            }

            // `case` is a keyword only at the start of a line inside `match`; elsewhere it is an ordinary name.
            if (lang.Decisions.Contains(tok.Text) && (tok.Text != "case" || tok.FirstOnLine))
            {
                open.Decision();
            }
        }

        return open.Finish();
    }

    private static int LineIndent(IReadOnlyList<SourceToken> t, int i)
    {
        while (i > 0 && !t[i].FirstOnLine && t[i - 1].Line == t[i].Line)
        {
            i--;
        }

        return t[i].Indent;
    }

    private static int LastLineBefore(IReadOnlyList<SourceToken> t, int i) => i > 0 ? t[i - 1].Line : t[i].Line;
}
