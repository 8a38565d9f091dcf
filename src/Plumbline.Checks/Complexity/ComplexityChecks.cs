using Plumbline.Core.Checks;

namespace Plumbline.Checks.Complexity;

/// <summary>The complexity checks, listed explicitly.</summary>
internal static class ComplexityChecks
{
    public static IReadOnlyList<ICheck<ComplexityAnalysis>> All { get; } =
    [
        new ComplexityIsContained(),
    ];
}
