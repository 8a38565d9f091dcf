using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.History;

/// <summary>Are the files that change most known by more than one person still around? A top hotspot changed at
/// least <see cref="MinimumChanges"/> times in the hotspot period fails when one active author or none knows it.</summary>
internal sealed class HotspotsAreShared : ICheck<HistoryAnalysis>
{
    /// <summary>Fewer changes than this in the period is not a hotspot worth a finding.</summary>
    public const int MinimumChanges = 5;

    public CheckDescriptor Descriptor { get; } = new("HotspotsAreShared", "Do the files that change most have more than one person who knows them?", "history", "test-and-share-hotspots");

    public IEnumerable<Finding> Run(HistoryAnalysis analysis)
    {
        var months = analysis.Settings.HotspotMonths;
        var hot = analysis.Hotspots.Where(h => h.RecentChanges >= MinimumChanges).ToList();
        if (hot.Count == 0)
        {
            yield return Descriptor.Conclude(Outcome.NotApplicable, Severity.Info,
                $"No file changed {MinimumChanges} times or more in the last {months} months.", Location.None, "repository");
            yield break;
        }

        var recentTotal = analysis.Files.Sum(f => f.RecentChanges);
        var failed = false;
        foreach (var (h, rank) in analysis.Hotspots.Select((h, i) => (h, i + 1)))
        {
            if (h.ActiveAuthors.Count > 1 || h.RecentChanges < MinimumChanges)
            {
                continue;
            }

            failed = true;
            var departed = h.Authors.Except(h.ActiveAuthors).ToList();
            var who = h.ActiveAuthors.Count == 1
                ? $"only {analysis.Name(h.ActiveAuthors[0])} knows it"
                : h.Authors.Count == 0 ? "nobody is its author (many small changes)" : "nobody still active knows it";
            var evidence = new List<string>
            {
                h.Complexity is { } c && analysis.HotspotsByComplexity
                    ? string.Create(CultureInfo.InvariantCulture, $"score {h.Score:N0} = {h.RecentChanges} changes × complexity {c.Total:N0} (its most complex function: {c.Max})")
                    : string.Create(CultureInfo.InvariantCulture, $"score {h.Score:N0} = {h.RecentChanges} changes × {h.Lines:N0} lines"),
                string.Create(CultureInfo.InvariantCulture, $"{100.0 * h.RecentChanges / Math.Max(1, recentTotal):0.#}% of all file changes in the period"),
            };
            evidence.AddRange(departed.Select(p => string.Create(CultureInfo.InvariantCulture, $"{analysis.Name(p)}, also its author, last committed {analysis.People[p].LastCommit:yyyy-MM-dd}")));
            yield return Descriptor.Conclude(Outcome.Fail, rank <= 5 ? Severity.Medium : Severity.Low,
                string.Create(CultureInfo.InvariantCulture, $"Hotspot #{rank} {h.Path} changed {h.RecentChanges} times in {months} months ({h.Lines:N0} lines) and {who}."),
                new Location(Path: h.Path), h.Path) with
            {
                Evidence = evidence,
            };
        }

        if (!failed)
        {
            yield return Descriptor.Conclude(Outcome.Pass, Severity.Info,
                $"Each of the {hot.Count} busiest files of the last {months} months has more than one active author.", Location.None, "repository");
        }
    }
}
