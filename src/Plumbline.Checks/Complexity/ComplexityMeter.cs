namespace Plumbline.Checks.Complexity;

/// <summary>Measures the functions of a source file with a token counter, in the manner of lizard: find each
/// function, count its decisions. No parser, so it reads code that does not compile and any language version.</summary>
public static class ComplexityMeter
{
    /// <summary>Bigger files are generated or bundled code, not something a person maintains by hand.</summary>
    public const int MaxChars = 1 << 20;

    /// <summary>The file's functions, or null when its language is not measured or it is too big to be hand-written.</summary>
    public static FileComplexity? Measure(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ComplexityLanguages.For(path) is not { } language || text.Length > MaxChars)
        {
            return null;
        }

        var tokens = SourceTokenizer.Tokenize(text, language);
        var functions = language.Shape switch
        {
            CodeShape.Indentation => IndentedFunctions.Find(tokens, language),
            CodeShape.Keywords => EndedFunctions.Find(tokens, language),
            _ => BraceFunctions.Find(tokens, language),
        };
        return new FileComplexity(path, language.Name, functions);
    }
}
