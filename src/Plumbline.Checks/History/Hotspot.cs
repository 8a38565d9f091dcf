namespace Plumbline.Checks.History;

/// <summary>A file that changes often and is big: score = commits in the hotspot period × lines at the audited commit.
/// <c>Authors</c> are its authors by degree of authorship, strongest first; <c>ActiveAuthors</c> those of them still
/// active, who can actually be asked about it.</summary>
internal sealed record Hotspot(string Path, int RecentChanges, int Lines, long Score, IReadOnlyList<int> Authors, IReadOnlyList<int> ActiveAuthors, int MainAuthor);
