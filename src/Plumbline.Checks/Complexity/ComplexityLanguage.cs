namespace Plumbline.Checks.Complexity;

/// <summary>What the token counter needs to know about one language: how its comments and strings look, how its
/// functions are shaped, and which tokens add a path through a function (each adds one to cyclomatic complexity).</summary>
/// <remarks>The decision tokens follow lizard's, the tool we compare against (docs/complexity.md), so the two agree
/// on what a number means: PHP's <c>??</c> and <c>?-&gt;</c> choose nothing, C#'s <c>??</c> does.</remarks>
internal sealed record ComplexityLanguage(string Name, CodeShape Shape, IReadOnlySet<string> Decisions)
{
    /// <summary>Tokens that start a comment running to the end of the line.</summary>
    public IReadOnlyList<string> LineComments { get; init; } = ["//"];

    /// <summary>True when <c>/* … */</c> is a comment.</summary>
    public bool BlockComments { get; init; } = true;

    /// <summary>True when <c>'''</c> and <c>"""</c> open strings that run over lines (Python).</summary>
    public bool TripleQuotes { get; init; }

    /// <summary>True when backquotes open strings (JavaScript templates, Go raw strings).</summary>
    public bool BackquoteStrings { get; init; }

    /// <summary>True when a slash after an operator opens a regular expression literal (JavaScript).</summary>
    public bool RegexLiterals { get; init; }

    /// <summary>A keyword that opens a function, named or not (<c>function</c>, <c>func</c>, <c>def</c>); null when a
    /// function is told by its shape alone (a name, parameters, then a body).</summary>
    public string? FunctionKeyword { get; init; }

    /// <summary>Words that can stand before parentheses without being a function's name.</summary>
    public IReadOnlySet<string> NotNames { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
