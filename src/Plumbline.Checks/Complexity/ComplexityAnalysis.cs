using Plumbline.Checks.Repo.TestSuite;

namespace Plumbline.Checks.Complexity;

/// <summary>Every measured file of a tree, and where complexity concentrates; the complexity checks read only this.</summary>
internal sealed record ComplexityAnalysis(IReadOnlyList<FileComplexity> Files)
{
    /// <summary>Above this a function has more paths than anyone tests by hand (lizard's warning threshold; the
    /// SEI's "complex" band starts at 21).</summary>
    public const int Complex = 15;

    /// <summary>Above this a function is, in McCabe's and the SEI's words, untestable.</summary>
    public const int Untestable = 50;

    /// <summary>Functions in product code (tests are measured, but their complexity is not a risk to the product).</summary>
    public IReadOnlyList<(FileComplexity File, FunctionMeasure Function)> ProductFunctions { get; } =
        [.. Files.Where(f => !TestFiles.IsTest(f.Path)).SelectMany(f => f.Functions.Select(fn => (f, fn)))];

    /// <summary>Product functions above <see cref="Complex"/>, most complex first.</summary>
    public IReadOnlyList<(FileComplexity File, FunctionMeasure Function)> ComplexFunctions =>
        [.. ProductFunctions.Where(p => p.Function.Complexity > Complex).OrderByDescending(p => p.Function.Complexity).ThenBy(p => p.File.Path, StringComparer.Ordinal).ThenBy(p => p.Function.Line)];

    /// <summary>The share of product function lines that sit in functions above <see cref="Complex"/>.</summary>
    public double ComplexShare
    {
        get
        {
            var all = ProductFunctions.Sum(p => p.Function.Lines);
            return all == 0 ? 0 : (double)ProductFunctions.Where(p => p.Function.Complexity > Complex).Sum(p => p.Function.Lines) / all;
        }
    }
}
