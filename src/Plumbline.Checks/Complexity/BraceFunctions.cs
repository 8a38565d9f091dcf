namespace Plumbline.Checks.Complexity;

/// <summary>Finds functions in languages whose bodies are in braces (C#, Java, JavaScript, TypeScript, PHP, Go): a
/// name, parameters in parentheses, an optional tail (return type, <c>throws</c>, <c>where</c>, <c>: base(…)</c>),
/// then a body; or the language's function keyword; or, in JavaScript, an arrow. C# expression-bodied members
/// (<c>=&gt; …;</c>) and JavaScript arrows with an expression body are functions that end with their expression.</summary>
internal static class BraceFunctions
{
    private const string Anonymous = "(anonymous)";

    private sealed record Start(string Name, int Line);

    // An attribute or annotation with arguments before a type declaration is not a function with a body.
    private static readonly HashSet<string> TypeWords = new(StringComparer.Ordinal) { "class", "struct", "interface", "enum", "record", "namespace", "trait", "type" };

    public static IReadOnlyList<FunctionMeasure> Find(IReadOnlyList<SourceToken> t, ComplexityLanguage lang)
    {
        var match = Matches(t);
        var js = lang.Name is "JavaScript" or "TypeScript";
        var csharp = lang == ComplexityLanguages.CSharp;
        var byShape = lang.FunctionKeyword is null || js; // Go and PHP name every function with their keyword
        var blocks = new Dictionary<int, Start>();
        var expressions = new Dictionary<int, Start>();

        for (var i = 0; i < t.Count; i++)
        {
            var tok = t[i].Text;
            if (tok == lang.FunctionKeyword)
            {
                Keyword(t, i, lang, match, blocks);
            }
            else if (byShape && t[i].IsWord && !lang.NotNames.Contains(tok) && ParametersAfter(t, i) is var p and >= 0 && !(i > 0 && t[i - 1].Text is "new" or "." or "?." or "->" or "::"))
            {
                var close = match[p];
                if (close < 0)
                {
                    continue;
                }

                var (end, isExpression) = Tail(t, close + 1, lang, match);
                if (end >= 0 && (!isExpression || csharp))
                {
                    (isExpression ? expressions : blocks).TryAdd(end, new Start(tok, t[i].Line));
                }
            }
            else if (csharp && tok == "operator" && OperatorParameters(t, i) is var q and >= 0 && match[q] > q && Tail(t, match[q] + 1, lang, match) is { End: >= 0 } op)
            {
                // public static bool operator ==(A a, A b) { … }
                (op.Expression ? expressions : blocks).TryAdd(op.End, new Start("operator" + string.Concat(t.Skip(i + 1).Take(q - i - 1).Select(x => x.Text)), t[i].Line));
            }
            else if (js && tok == "=>" && i > 0)
            {
                var paramsStart = t[i - 1].Text == ")" && match[i - 1] >= 0 ? match[i - 1] : i - 1;
                var name = paramsStart >= 2 && t[paramsStart - 1].Text is "=" or ":" && t[paramsStart - 2].IsWord ? t[paramsStart - 2].Text : Anonymous;
                if (i + 1 < t.Count && t[i + 1].Text == "{")
                {
                    blocks.TryAdd(i + 1, new Start(name, t[paramsStart].Line));
                }
                else
                {
                    expressions.TryAdd(i, new Start(name, t[paramsStart].Line));
                }
            }
        }

        return Measure(t, lang, blocks, expressions);
    }

    // Walks the tokens once, opening functions where their bodies start and counting decisions for the innermost.
    private static IReadOnlyList<FunctionMeasure> Measure(IReadOnlyList<SourceToken> t, ComplexityLanguage lang, Dictionary<int, Start> blocks, Dictionary<int, Start> expressions)
    {
        var open = new OpenFunctions(t);
        var kinds = new List<(bool Expression, int Braces, int Parens)>();
        var braces = 0;
        var parens = 0;

        void EndExpressions(Func<(bool Expression, int Braces, int Parens), bool> ends, int line)
        {
            while (kinds.Count > 0 && kinds[^1].Expression && ends(kinds[^1]))
            {
                kinds.RemoveAt(kinds.Count - 1);
                open.EndInnermost(line);
            }
        }

        for (var i = 0; i < t.Count; i++)
        {
            var tok = t[i].Text;
            var line = t[i].Line;
            if (t[i].FirstOnLine && t[i].IsWord)
            {
                // An arrow's expression body written without a semicolon ends where the next statement starts.
                EndExpressions(k => k.Braces == braces && k.Parens == parens, t[Math.Max(0, i - 1)].Line);
            }

            if (blocks.TryGetValue(i, out var b))
            {
                open.Start(b.Name, b.Line, braces);
                kinds.Add((false, braces, parens));
            }

            switch (tok)
            {
                case "{":
                    braces++;
                    break;
                case "}":
                    braces--;
                    EndExpressions(k => k.Braces > braces, line);
                    if (kinds.Count > 0 && !kinds[^1].Expression && kinds[^1].Braces == braces)
                    {
                        kinds.RemoveAt(kinds.Count - 1);
                        open.EndInnermost(line);
                    }

                    break;
                case "(" or "[":
                    parens++;
                    break;
                case ")" or "]":
                    parens--;
                    EndExpressions(k => k.Braces == braces && k.Parens > parens, line);
                    break;
                case ";" or ",":
                    EndExpressions(k => k.Braces == braces && k.Parens == parens, line);
                    break;
                default:
                    if (lang.Decisions.Contains(tok))
                    {
                        open.Decision();
                    }

                    break;
            }

            if (expressions.TryGetValue(i, out var e))
            {
                open.Start(e.Name, e.Line, braces);
                kinds.Add((true, braces, parens));
            }
        }

        return open.Finish();
    }

    // `function name(`, `function (`, `func (recv) Name(`, `func(`: the body after the parameters and tail.
    private static void Keyword(IReadOnlyList<SourceToken> t, int i, ComplexityLanguage lang, int[] match, Dictionary<int, Start> blocks)
    {
        var j = i + 1;
        if (j < t.Count && t[j].Text == "*")
        {
            j++; // a JavaScript generator
        }

        string name;
        int open;
        if (j < t.Count && t[j].IsWord && ParametersAfter(t, j) is var p and >= 0)
        {
            name = t[j].Text;
            open = p;
        }
        else if (j < t.Count && t[j].Text == "(")
        {
            open = j;
            var close = match[j];
            // Go's receiver: func (s *Server) Name(…)
            if (lang == ComplexityLanguages.Go && close > 0 && close + 2 < t.Count && t[close + 1].IsWord && t[close + 2].Text == "(")
            {
                name = t[close + 1].Text;
                open = close + 2;
            }
            else
            {
                name = i >= 2 && t[i - 1].Text is "=" or ":" && t[i - 2].IsWord ? t[i - 2].Text : Anonymous;
            }
        }
        else
        {
            return;
        }

        if (match[open] < 0)
        {
            return;
        }

        var (end, isExpression) = Tail(t, match[open] + 1, lang, match);
        if (end >= 0 && !isExpression)
        {
            blocks.TryAdd(end, new Start(name, t[i].Line));
        }
    }

    // The `(` after `operator` and its symbol (`==`, `+`, `true`), at most two tokens on.
    private static int OperatorParameters(IReadOnlyList<SourceToken> t, int i)
    {
        for (var j = i + 2; j < t.Count && j <= i + 3; j++)
        {
            if (t[j].Text == "(")
            {
                return j;
            }
        }

        return -1;
    }

    // The index of the `(` opening the parameters after a name, allowing generic arguments (Name<T, U>(…)); -1 if none.
    private static int ParametersAfter(IReadOnlyList<SourceToken> t, int name)
    {
        var j = name + 1;
        if (j >= t.Count)
        {
            return -1;
        }

        if (t[j].Text == "(")
        {
            return j;
        }

        if (t[j].Text != "<")
        {
            return -1;
        }

        var angle = 0;
        for (; j < t.Count && j < name + 30; j++)
        {
            var s = t[j].Text;
            if (s == "<")
            {
                angle++;
            }
            else if (s == ">")
            {
                angle--;
                if (angle == 0)
                {
                    return j + 1 < t.Count && t[j + 1].Text == "(" ? j + 1 : -1;
                }
            }
            else if (!(t[j].IsWord || s is "," or "." or "[" or "]" or "?" or "::"))
            {
                return -1;
            }
        }

        return -1;
    }

    // After a function's parameters: the index of its body's `{` (or, for C#, of `=>`), or -1 when what follows shows
    // the parentheses were a call.
    private static (int End, bool Expression) Tail(IReadOnlyList<SourceToken> t, int from, ComplexityLanguage lang, int[] match)
    {
        for (var j = from; j < t.Count && j < from + 40; j++)
        {
            var s = t[j].Text;
            switch (s)
            {
                case "{":
                    return (j, false);
                case "=>":
                    return (j, true);
                case "(" when match[j] > j:
                    j = match[j];
                    continue;
                case ":" or "," or "<" or ">" or "[" or "]" or "?" or "*" or "&" or "|" or "::" or "->":
                    continue;
                case "." when j > from:
                    continue;
            }

            if (!t[j].IsWord || s == lang.FunctionKeyword || (TypeWords.Contains(s) && j + 1 < t.Count && t[j + 1].IsWord) || (j + 1 < t.Count && t[j + 1].Text == "(" && !lang.NotNames.Contains(s)))
            {
                return (-1, false);
            }
        }

        return (-1, false);
    }

    // For each bracket, the index of its partner; -1 when unbalanced.
    private static int[] Matches(IReadOnlyList<SourceToken> t)
    {
        var match = new int[t.Count];
        Array.Fill(match, -1);
        var stack = new Stack<int>();
        for (var i = 0; i < t.Count; i++)
        {
            switch (t[i].Text)
            {
                case "(" or "[" or "{":
                    stack.Push(i);
                    break;
                case ")" or "]" or "}":
                    if (stack.Count > 0)
                    {
                        var o = stack.Pop();
                        match[o] = i;
                        match[i] = o;
                    }

                    break;
            }
        }

        return match;
    }
}
