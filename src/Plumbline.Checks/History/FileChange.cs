namespace Plumbline.Checks.History;

/// <summary>One file touched by a commit, as git's raw diff and numstat describe it.</summary>
/// <param name="Status">A (added), M (modified), D (deleted), R (renamed), T (type changed), C (copied).</param>
/// <param name="Path">The path after the commit (the new name for a rename).</param>
/// <param name="OldPath">The path before a rename or copy; null otherwise.</param>
/// <param name="Added">Lines added; null for binary files.</param>
/// <param name="Deleted">Lines deleted; null for binary files.</param>
internal readonly record struct FileChange(char Status, string Path, string? OldPath, int? Added, int? Deleted);
