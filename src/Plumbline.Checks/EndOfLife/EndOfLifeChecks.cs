using Plumbline.Core.Checks;

namespace Plumbline.Checks.EndOfLife;

/// <summary>The end-of-life checks, listed explicitly.</summary>
public static class EndOfLifeChecks
{
    public const string Area = "endoflife";

    public static IReadOnlyList<ICheck<PlatformSnapshot>> All { get; } =
    [
        new PlatformsAreSupported(),
        new PlatformsAreNotNearEndOfLife(),
        new PlatformsAreCurrent(),
    ];
}
