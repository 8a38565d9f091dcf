namespace Plumbline.Checks.EndOfLife;

/// <summary>What the end-of-life checks read: the platforms found, the release data, and the day.</summary>
/// <param name="Platforms">Every platform a file names, with its evidence.</param>
/// <param name="Data">The end-of-life data; null when this build has none and none was imported.</param>
/// <param name="Today">The audit's day (UTC).</param>
/// <param name="ServesTheWeb">True when the target shows it serves the web (a framework or CMS, a web.config, a
/// Dockerfile EXPOSE, published compose ports): its runtimes then face the internet too.</param>
public sealed record PlatformSnapshot(IReadOnlyList<DetectedPlatform> Platforms, EolDatabase? Data, DateOnly Today, bool ServesTheWeb)
{
    /// <summary>Why the data could not be loaded, when it could not.</summary>
    public string? DataProblem { get; init; }

    /// <summary>Months ahead that count as "near" an end of life.</summary>
    public const int NearMonths = 6;

    /// <summary>Major versions behind the newest from which a supported platform counts as behind.</summary>
    public const int BehindFrom = 3;

    /// <summary>Days after the data's date from which it counts as old: findings say so, and a cycle with no end date
    /// published by then is no longer judged supported.</summary>
    public const int StaleDays = 180;
}
