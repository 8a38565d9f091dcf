namespace Plumbline.Checks.History;

/// <summary>A file that changes often and is complex: score = commits in the hotspot period × the cyclomatic complexity
/// of its functions at the audited commit (× its lines when no file's language is measured; see
/// <see cref="HistoryAnalysis.HotspotsByComplexity"/>). <c>Authors</c> are its authors by degree of authorship,
/// strongest first; <c>ActiveAuthors</c> those of them still active, who can actually be asked about it.</summary>
internal sealed record Hotspot(string Path, int RecentChanges, int Lines, long Score, IReadOnlyList<int> Authors, IReadOnlyList<int> ActiveAuthors, int MainAuthor)
{
    /// <summary>The sum and the highest of its functions' cyclomatic complexity; null when not measured.</summary>
    public (int Total, int Max)? Complexity { get; init; }
}
