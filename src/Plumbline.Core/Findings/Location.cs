namespace Plumbline.Core.Findings;

/// <summary>Where a finding was seen: a file and line, a commit, or a record such as a DNS name.</summary>
/// <param name="Path">A path relative to the target's root, with forward slashes.</param>
/// <param name="Line">A 1-based line number within <paramref name="Path"/>.</param>
/// <param name="Commit">A commit id, when the finding is about history.</param>
/// <param name="Record">A non-file location: a DNS record, a URL, a system name.</param>
public sealed record Location(string? Path = null, int? Line = null, string? Commit = null, string? Record = null)
{
    /// <summary>Nowhere in particular: the finding is about the whole target.</summary>
    public static Location None { get; } = new();

    /// <summary>True when the location names a file.</summary>
    public bool HasPath => !string.IsNullOrEmpty(Path);

    /// <summary>A short human form such as <c>src/app.js:12</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (HasPath)
        {
            parts.Add(Line is { } line ? $"{Path}:{line}" : Path!);
        }

        if (!string.IsNullOrEmpty(Commit))
        {
            parts.Add($"@{Commit[..Math.Min(12, Commit.Length)]}");
        }

        if (!string.IsNullOrEmpty(Record))
        {
            parts.Add(Record);
        }

        return string.Join(' ', parts);
    }
}
