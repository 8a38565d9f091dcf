namespace Plumbline.Reports.Pictures;

/// <summary>One axis of a 5×5 grid picture: its title, the name of each level and where its high band starts.</summary>
/// <param name="Title">Shown along the axis, e.g. "Effort →".</param>
/// <param name="HighFrom">The first level (1–5) of the high band; the split line sits just before it.</param>
/// <param name="LevelNames">Five names for levels 1–5, or empty to show the numbers alone.</param>
public sealed record GridAxis(string Title, int HighFrom, IReadOnlyList<string> LevelNames)
{
    /// <summary>The name of a level (1–5), or empty when the axis has none.</summary>
    public string NameOf(int level) => LevelNames.Count >= level ? LevelNames[level - 1] : string.Empty;
}
