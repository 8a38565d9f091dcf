using Plumbline.Core.Checks;

namespace Plumbline.Checks.History;

/// <summary>The history checks, listed explicitly.</summary>
internal static class HistoryChecks
{
    public static IReadOnlyList<ICheck<HistoryAnalysis>> All { get; } =
    [
        new TruckFactorIsAboveTwo(),
        new NoSingleAuthorAreas(),
        new KnowledgeHasNotLeft(),
        new HotspotsAreShared(),
    ];
}
