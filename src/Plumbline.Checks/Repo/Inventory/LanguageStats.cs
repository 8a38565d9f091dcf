namespace Plumbline.Checks.Repo.Inventory;

/// <summary>Files and lines of one language.</summary>
public sealed record LanguageStats(string Language, int Files, LineCounts Lines, bool IsData);
