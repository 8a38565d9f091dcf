using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Complexity;

/// <summary>Is complexity kept to a few functions, or spread through the code? Fails when more than
/// <see cref="ShareLimit"/> of product function lines sit in functions with more than
/// <see cref="ComplexityAnalysis.Complex"/> paths, or when any function has more than
/// <see cref="ComplexityAnalysis.Untestable"/>.</summary>
internal sealed class ComplexityIsContained : ICheck<ComplexityAnalysis>
{
    /// <summary>A tenth of the code in tangled functions is where changes start to cost more everywhere, not in a few places.</summary>
    public const double ShareLimit = 0.10;

    /// <summary>A third is where rewriting parts is often cheaper than untangling them.</summary>
    public const double HighShare = 0.33;

    public CheckDescriptor Descriptor { get; } = new("ComplexityIsContained", "Is complexity kept to a few functions rather than spread through the code?", "complexity", "untangle-complex-functions");

    public IEnumerable<Finding> Run(ComplexityAnalysis analysis)
    {
        var functions = analysis.ProductFunctions.Count;
        if (functions == 0)
        {
            yield return Descriptor.Conclude(Outcome.NotApplicable, Severity.Info,
                "No functions were found in C#, Java, JavaScript, TypeScript, PHP, Go, Python or Ruby product code.", Location.None, "repository");
            yield break;
        }

        var complex = analysis.ComplexFunctions;
        var share = analysis.ComplexShare;
        var untestable = complex.Count(p => p.Function.Complexity > ComplexityAnalysis.Untestable);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{complex.Count} of {functions:N0} functions have more than {ComplexityAnalysis.Complex} paths through them, holding {share:P0} of the code in functions");
        var evidence = complex.Take(5).Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.File.Path}:{p.Function.Line} {p.Function.Name}: complexity {p.Function.Complexity}, {p.Function.Lines} lines")).ToList();
        evidence.Add(string.Create(CultureInfo.InvariantCulture, $"share of function lines in functions above {ComplexityAnalysis.Complex}: {share:0.0%}"));
        evidence.Add(string.Create(CultureInfo.InvariantCulture, $"functions above {ComplexityAnalysis.Untestable}: {untestable}"));

        if (share <= ShareLimit && untestable == 0)
        {
            yield return Descriptor.Conclude(Outcome.Pass, Severity.Info, summary + ".", Location.None, "repository") with
            {
                Evidence = evidence,
            };
            yield break;
        }

        var severity = share > HighShare ? Severity.High : share > ShareLimit ? Severity.Medium : Severity.Low;
        var worst = complex[0];
        var why = share > ShareLimit
            ? string.Create(CultureInfo.InvariantCulture, $"more than the {ShareLimit:P0} where changes start to cost more everywhere")
            : string.Create(CultureInfo.InvariantCulture, $"and {untestable} of them {(untestable == 1 ? "has" : "have")} more than {ComplexityAnalysis.Untestable}, too many to test one by one");
        yield return Descriptor.Conclude(Outcome.Fail, severity, $"{summary}: {why}.", new Location(worst.File.Path, worst.Function.Line), "repository") with
        {
            Evidence = evidence,
        };
    }
}
