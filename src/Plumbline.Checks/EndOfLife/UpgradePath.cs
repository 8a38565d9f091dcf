namespace Plumbline.Checks.EndOfLife;

/// <summary>How far a platform's cycle is from a supported one, and from the newest.</summary>
/// <param name="Target">The nearest newer cycle that is supported and not ending within six months (else the newest).</param>
/// <param name="Steps">Major versions to cross to reach <see cref="Target"/> (0 when it is on the same major).</param>
/// <param name="Behind">Major versions between the cycle and the newest one.</param>
public sealed record UpgradePath(EolCycle? Target, int Steps, int Behind)
{
    /// <summary>"one major step" or "several major steps", for effort.</summary>
    public bool OneStep => Steps <= 1;

    public string Words => Steps switch
    {
        0 => "a minor update",
        1 => "one major step",
        _ => $"several major steps ({Steps})",
    };

    public static UpgradePath Of(KnownPlatform known, EolProduct product, EolCycle cycle, DateOnly today)
    {
        var newer = product.NewerThan(cycle).ToList();
        // An LTS user moves from LTS to LTS (Ubuntu 18.04 → 20.04 → 22.04); the releases between are not steps.
        if (cycle.Lts && product.Cycles.Any(c => c.Lts)) newer = [.. newer.Where(c => c.Lts)];
        var current = known.MajorOf(cycle);
        var target = newer.FirstOrDefault(c => !c.Eol.IsPast(today) && !c.Eol.EndsWithin(today, PlatformSnapshot.NearMonths))
            ?? newer.FirstOrDefault(c => !c.Eol.IsPast(today))
            ?? newer.LastOrDefault();
        int Majors(IEnumerable<EolCycle> cycles) => cycles.Select(known.MajorOf).Where(m => m != current).Distinct(StringComparer.Ordinal).Count();
        var steps = target is null ? 0 : Majors(newer.TakeWhile(c => c != target).Append(target));
        return new UpgradePath(target, steps, Majors(newer));
    }
}
