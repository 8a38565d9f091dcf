namespace Plumbline.Checks.History;

/// <summary>A file that changes often and is big: score = commits in the hotspot period × lines at the audited commit.</summary>
internal sealed record Hotspot(string Path, int RecentChanges, int Lines, long Score, IReadOnlyList<int> Authors, int MainAuthor);
