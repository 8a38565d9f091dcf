using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.History;

/// <summary>Would the code survive two people leaving? Fails at a truck factor of 1 (high) or 2 (medium).</summary>
internal sealed class TruckFactorIsAboveTwo : ICheck<HistoryAnalysis>
{
    public CheckDescriptor Descriptor { get; } = new("TruckFactorIsAboveTwo", "Would the code survive two people leaving?", "history", "raise-truck-factor");

    public IEnumerable<Finding> Run(HistoryAnalysis analysis)
    {
        var authored = analysis.Files.Count(f => f.Authors.Count > 0);
        if (authored == 0)
        {
            yield return Descriptor.Conclude(Outcome.NotApplicable, Severity.Info,
                "No source file has a clear author in the history read, so there is no truck factor to compute.", Location.None, "repository");
            yield break;
        }

        var tf = analysis.TruckFactor;
        var names = analysis.Names(analysis.TruckFactorPeople);
        var total = analysis.Files.Count;
        var orphaned = analysis.Files.Count(f => f.Authors.All(analysis.TruckFactorPeople.Contains));
        var evidence = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{authored} of {total} source files have an author; without {(tf == 0 ? "anyone leaving" : names)}, {orphaned} of them ({100.0 * orphaned / total:0}%) have no author left"),
        };
        evidence.AddRange(analysis.Folders.Where(f => f.AuthoredFiles > 0).Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"{f.Name}: truck factor {f.TruckFactor}, main author {analysis.Name(f.MainAuthor)} ({f.MainShare * 100:0}% of files)")));

        if (tf == 0)
        {
            yield return Descriptor.Conclude(Outcome.Inconclusive, Severity.Info,
                $"More than half the source files have no clear author (each was changed a little by many people), so the model gives a truck factor of 0: knowledge is not concentrated in a few people, nor clearly held by anyone.", Location.None, "repository") with
            { Evidence = evidence };
        }
        else if (tf <= 2)
        {
            var who = tf == 1 ? $"{names} alone" : names;
            yield return Descriptor.Conclude(Outcome.Fail, tf == 1 ? Severity.High : Severity.Medium,
                $"The truck factor is {tf}: if {who} left, more than half of the source files would have nobody who wrote them.", Location.None, "repository") with
            { Evidence = evidence };
        }
        else
        {
            yield return Descriptor.Conclude(Outcome.Pass, Severity.Info,
                $"The truck factor is {tf}: knowledge of the code is spread over {tf} or more people ({names}).", Location.None, "repository") with
            { Evidence = evidence };
        }
    }
}
