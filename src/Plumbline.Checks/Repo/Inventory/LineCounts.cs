namespace Plumbline.Checks.Repo.Inventory;

/// <summary>Code, comment and blank lines of one file or a sum of files.</summary>
public readonly record struct LineCounts(long Code, long Comment, long Blank)
{
    /// <summary>All lines.</summary>
    public long Total => Code + Comment + Blank;

    public static LineCounts operator +(LineCounts a, LineCounts b) => new(a.Code + b.Code, a.Comment + b.Comment, a.Blank + b.Blank);

    /// <summary>Adds two counts (for languages without operators).</summary>
    public static LineCounts Add(LineCounts a, LineCounts b) => a + b;
}
