namespace Plumbline.Checks.EndOfLife;

/// <summary>A file the detectors read: its path relative to the root and its text.</summary>
public sealed record SourceFile(string Path, string Text)
{
    public string Name { get; } = Path[(Path.LastIndexOf('/') + 1)..];

    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : string.Empty;

    /// <summary>The 1-based line of a character index.</summary>
    public int LineOf(int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < Text.Length; i++)
        {
            if (Text[i] == '\n') line++;
        }

        return line;
    }

    /// <summary>The lines, numbered from 1.</summary>
    public IEnumerable<(int Number, string Text)> Lines() =>
        Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select((t, i) => (i + 1, t));
}
