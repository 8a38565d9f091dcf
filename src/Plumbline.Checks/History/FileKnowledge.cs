namespace Plumbline.Checks.History;

/// <summary>Who knows one file: its authors by degree of authorship, strongest first; the main author (or,
/// when nobody qualifies, the person with most commits) and their share of its commits; <c>Departed</c> when
/// every author is inactive, meaning the knowledge has left.</summary>
internal sealed record FileKnowledge(string Path, string Folder, IReadOnlyList<int> Authors, int MainAuthor, double MainShare, int Changes, int RecentChanges, int? Lines, DateTimeOffset LastChange, bool Departed)
{
    /// <summary>Its functions' cyclomatic complexity (sum and highest); null when not measured.</summary>
    public (int Total, int Max)? Complexity { get; init; }
}
