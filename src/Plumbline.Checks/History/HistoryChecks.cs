using Plumbline.Core.Checks;

namespace Plumbline.Checks.History;

/// <summary>The history checks, listed explicitly.</summary>
internal static class HistoryChecks
{
    /// <summary>The stage's own question: when the history cannot be read, no other history check runs.</summary>
    public static CheckDescriptor Readable { get; } = new(HistoryStage.StageCheckId, "Can the git history be read (a git repository, not shallow, settings valid)?", "history", "raise-truck-factor");

    public static IReadOnlyList<ICheck<HistoryAnalysis>> All { get; } =
    [
        new TruckFactorIsAboveTwo(),
        new NoSingleAuthorAreas(),
        new KnowledgeHasNotLeft(),
        new HotspotsAreShared(),
    ];
}
