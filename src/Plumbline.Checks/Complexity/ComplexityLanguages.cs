namespace Plumbline.Checks.Complexity;

/// <summary>The languages whose functions Plumbline measures, by file extension.</summary>
internal static class ComplexityLanguages
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    // Control words that take parentheses in every C-like language.
    private static readonly string[] ControlWords = ["if", "for", "while", "switch", "catch", "return", "else", "do", "try", "new", "throw", "typeof", "sizeof", "delete", "await", "yield", "case", "in", "of", "with", "super", "this"];

    public static ComplexityLanguage CSharp { get; } = new("C#", CodeShape.Braces, Set("if", "for", "while", "catch", "case", "&&", "||", "?", "??", "?."))
    {
        NotNames = Set([.. ControlWords, "foreach", "using", "lock", "fixed", "nameof", "checked", "unchecked", "default", "when", "where", "base", "stackalloc", "is", "get", "set", "init", "add", "remove"]),
    };

    public static ComplexityLanguage Java { get; } = new("Java", CodeShape.Braces, Set("if", "for", "while", "catch", "case", "&&", "||", "?"))
    {
        NotNames = Set([.. ControlWords, "synchronized", "assert"]),
    };

    public static ComplexityLanguage JavaScript { get; } = new("JavaScript", CodeShape.Braces, Set("if", "for", "while", "catch", "case", "&&", "||", "?", "??"))
    {
        BackquoteStrings = true,
        RegexLiterals = true,
        FunctionKeyword = "function",
        NotNames = Set([.. ControlWords, "function", "import", "export", "void"]),
    };

    public static ComplexityLanguage TypeScript { get; } = JavaScript with { Name = "TypeScript" };

    public static ComplexityLanguage Php { get; } = new("PHP", CodeShape.Braces, Set("if", "elseif", "for", "foreach", "while", "catch", "match", "case", "&&", "||", "?"))
    {
        LineComments = ["//", "#"],
        FunctionKeyword = "function",
        NotNames = Set([.. ControlWords, "foreach", "elseif", "function", "fn", "array", "list", "isset", "unset", "empty", "match", "declare", "use", "echo", "print", "require", "require_once", "include", "include_once", "exit", "die"]),
    };

    public static ComplexityLanguage Go { get; } = new("Go", CodeShape.Braces, Set("if", "for", "case", "&&", "||"))
    {
        BackquoteStrings = true,
        FunctionKeyword = "func",
        NotNames = Set([.. ControlWords, "func", "go", "defer", "range", "select", "map", "chan", "make", "interface", "struct"]),
    };

    public static ComplexityLanguage Python { get; } = new("Python", CodeShape.Indentation, Set("if", "elif", "for", "while", "except", "finally", "and", "or", "case"))
    {
        LineComments = ["#"],
        BlockComments = false,
        TripleQuotes = true,
        FunctionKeyword = "def",
    };

    public static ComplexityLanguage Ruby { get; } = new("Ruby", CodeShape.Keywords, Set("if", "elsif", "unless", "until", "for", "while", "rescue", "ensure", "when", "and", "or", "&&", "||", "?"))
    {
        LineComments = ["#"],
        BlockComments = false,
        FunctionKeyword = "def",
    };

    private static readonly Dictionary<string, ComplexityLanguage> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".cs"] = CSharp,
        [".java"] = Java,
        [".js"] = JavaScript,
        [".mjs"] = JavaScript,
        [".cjs"] = JavaScript,
        [".jsx"] = JavaScript,
        [".ts"] = TypeScript,
        [".tsx"] = TypeScript,
        [".mts"] = TypeScript,
        [".php"] = Php,
        [".go"] = Go,
        [".py"] = Python,
        [".rb"] = Ruby,
    };

    /// <summary>The language of a file by its extension; null when its functions are not measured.</summary>
    public static ComplexityLanguage? For(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 || dot < path.LastIndexOf('/') ? null : ByExtension.GetValueOrDefault(path[dot..]);
    }
}
