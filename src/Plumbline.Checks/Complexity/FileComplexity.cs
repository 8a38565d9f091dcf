namespace Plumbline.Checks.Complexity;

/// <summary>The functions of one file, measured.</summary>
public sealed record FileComplexity(string Path, string Language, IReadOnlyList<FunctionMeasure> Functions)
{
    /// <summary>The sum of its functions' cyclomatic complexity: how many paths there are to test in the file.</summary>
    public int Total { get; } = Functions.Sum(f => f.Complexity);

    /// <summary>Its most complex function's complexity; 0 without functions.</summary>
    public int Max { get; } = Functions.Count == 0 ? 0 : Functions.Max(f => f.Complexity);
}
