namespace Plumbline.Checks.EndOfLife;

/// <summary>One release cycle of a product ("7.2" of PHP, "18.04" of Ubuntu) and its support dates.</summary>
/// <param name="Cycle">The cycle as the data names it.</param>
/// <param name="Released">When the cycle's first release came out, when known.</param>
/// <param name="Eol">When security support ends (the date that matters for this check).</param>
/// <param name="ActiveSupport">When active (bug-fix) support ends, when the product distinguishes it.</param>
/// <param name="Lts">True for a long-term-support cycle.</param>
/// <param name="Latest">The newest release of the cycle, when known.</param>
public sealed record EolCycle(string Cycle, DateOnly? Released, EolMark Eol, EolMark? ActiveSupport, bool Lts, string? Latest)
{
    /// <summary>True when the vendor's policy gives the cycle no end of its own (.NET Framework 4.8 is supported for as
    /// long as the Windows it runs on): "no end date" then stays true however old the data is.</summary>
    public bool OpenEnded { get; init; }

    /// <summary>The cycle's numeric parts ("18.04" → 18, 4); empty when it does not start with a number.</summary>
    public IReadOnlyList<int> Parts { get; } = VersionParts.Of(Cycle);
}
