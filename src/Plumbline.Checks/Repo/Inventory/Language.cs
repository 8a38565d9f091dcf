namespace Plumbline.Checks.Repo.Inventory;

/// <summary>A language's name and comment syntax, enough to count code, comment and blank lines.</summary>
/// <param name="Name">The name people use ("C#", "Python").</param>
/// <param name="LineComments">Tokens that start a comment running to the end of the line.</param>
/// <param name="BlockComments">Start and end tokens of block comments.</param>
public sealed record Language(string Name, IReadOnlyList<string> LineComments, IReadOnlyList<(string Start, string End)> BlockComments)
{
    /// <summary>True for markup and data languages (counted, but not "code" for test ratios and the like).</summary>
    public bool IsData { get; init; }

    /// <summary>True for patches, whose lines are told apart by their first column (<see cref="PatchLines"/>).</summary>
    public bool IsPatch { get; init; }
}
