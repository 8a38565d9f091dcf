using Plumbline.Checks.Net;
using Plumbline.Core.Items;
using Plumbline.Core.Recommendations;

namespace Plumbline.Checks.Runs;

/// <summary>What every <c>check</c> run applies, whoever starts it: the catalog, the user's disabled checks and
/// re-ratings, the network limits, one clock, and who hears progress.</summary>
/// <param name="Catalog">The recommendations items are built from (built-in, or the user's extended catalog).</param>
/// <param name="Time">The one clock: the report's time and the certificate validity the network checks judge.</param>
/// <param name="Today">The roadmap's first day (the CLI's local date, the web's UTC date).</param>
public sealed record CheckRunSettings(RecommendationCatalog Catalog, TimeProvider Time, DateOnly Today)
{
    /// <summary>Check ids not run (the config's <c>disable</c> list).</summary>
    public IReadOnlySet<string> DisabledChecks { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Impact and effort overrides by recommendation id (the config's <c>recommendations</c> section).</summary>
    public IReadOnlyDictionary<string, Rating> Ratings { get; init; } = new Dictionary<string, Rating>(StringComparer.Ordinal);

    /// <summary>Limits, target guard and extra trusted roots; its clock is replaced by <see cref="Time"/>.</summary>
    public NetworkOptions Network { get; init; } = NetworkOptions.Default;

    /// <summary>Hears a line per step (the web shows it on the job); null when nobody listens.</summary>
    public IProgress<string>? Progress { get; init; }

    internal NetworkOptions NetworkWithClock => Network with { Time = Time };
}
