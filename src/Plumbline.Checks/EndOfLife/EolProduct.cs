namespace Plumbline.Checks.EndOfLife;

/// <summary>One product of the end-of-life data and its release cycles, newest first.</summary>
/// <param name="Id">The endoflife.date product id ("php", "nodejs", "dotnetfx").</param>
/// <param name="Title">Its name for people ("PHP", "Node.js").</param>
/// <param name="Cycles">Its release cycles, newest first.</param>
public sealed record EolProduct(string Id, string Title, IReadOnlyList<EolCycle> Cycles)
{
    /// <summary>The page the dates come from: the vendor's support policy for the built-in baseline, the product's
    /// endoflife.date page for imported data.</summary>
    public string? Policy { get; init; }

    /// <summary>The cycle a version belongs to: the cycle with the longest run of parts the version starts with
    /// ("7.2.34" → 7.2, "8.0" → .NET 8, "4.5.2" → 4.5.2 rather than 4.5); when none, the newest cycle that starts with
    /// the version (an image tag "redis:5" runs the newest 5.x, "postgres:9" the newest 9.x). Null when nothing fits.</summary>
    public EolCycle? Match(string version)
    {
        var parts = VersionParts.Of(version);
        if (parts.Count == 0) return null;
        var best = Cycles.Where(c => VersionParts.StartsWith(parts, c.Parts)).MaxBy(c => c.Parts.Count);
        return best ?? Cycles.Where(c => VersionParts.StartsWith(c.Parts, parts)).OrderByDescending(c => c.Parts, PartsComparer.Instance).FirstOrDefault();
    }

    /// <summary>The newest cycle (by version order).</summary>
    public EolCycle? Newest => Cycles.OrderByDescending(c => c.Parts, PartsComparer.Instance).FirstOrDefault();

    /// <summary>Cycles newer than <paramref name="cycle"/>, oldest first.</summary>
    public IEnumerable<EolCycle> NewerThan(EolCycle cycle) =>
        Cycles.Where(c => VersionParts.Compare(c.Parts, cycle.Parts) > 0).OrderBy(c => c.Parts, PartsComparer.Instance);

    private sealed class PartsComparer : IComparer<IReadOnlyList<int>>
    {
        public static readonly PartsComparer Instance = new();

        public int Compare(IReadOnlyList<int>? x, IReadOnlyList<int>? y) => VersionParts.Compare(x ?? [], y ?? []);
    }
}
