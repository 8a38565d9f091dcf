using Plumbline.Core.Input;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Json;
using Plumbline.Reports.Model;

namespace Plumbline.Reports.Progress;

/// <summary>The report of <c>plumb compare</c>: the newest run, planned as it was, with what changed since the one before.</summary>
public static class ComparisonReport
{
    /// <summary>Compares the last two runs; runs before them only tell a regression from a new finding.</summary>
    /// <param name="runs">Two or more JSON reports of one target, oldest first.</param>
    /// <param name="sources">The file each run was read from, for error messages.</param>
    /// <param name="catalog">The catalog, for each item's why and how.</param>
    public static ParseResult<Report> Create(IReadOnlyList<ImportedReport> runs, IReadOnlyList<string> sources, RecommendationCatalog catalog)
    {
        if (runs.Count < 2)
        {
            return ParseResult<Report>.Fail(new InputError("compare", "needs two JSON reports: the older one first, then the newer one"));
        }

        var before = runs[^2];
        var after = runs[^1];
        for (var i = 0; i < runs.Count - 1; i++)
        {
            if (!string.Equals(runs[i].Kind, after.Kind, StringComparison.Ordinal))
            {
                return ParseResult<Report>.Fail(new InputError(sources[i],
                    $"is a '{runs[i].Kind}' report and {sources[^1]} a '{after.Kind}' report; compare runs of the same command on the same target"));
            }

            if (runs[i].GeneratedAt > runs[i + 1].GeneratedAt)
            {
                return ParseResult<Report>.Fail(new InputError(sources[i],
                    $"was made after {sources[i + 1]} ({runs[i].GeneratedAt:yyyy-MM-dd HH:mm} > {runs[i + 1].GeneratedAt:yyyy-MM-dd HH:mm}); give the reports oldest first"));
            }
        }

        var earlier = runs.Take(runs.Count - 2)
            .Select(r => (IReadOnlySet<string>)r.Findings.Where(f => f.NeedsAction).Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal));
        var comparison = ReportComparison.Of(after.Target, (before.Findings, before.GeneratedAt), (after.Findings, after.GeneratedAt), earlier);
        var title = after.Title.Length > 0 ? after.Title : after.Target;
        var report = ReportFactory.Create(title, after.Kind, after.Target, after.GeneratedAt, after.Findings, after.Items, after.Settings, catalog);
        return report.Success
            ? ParseResult<Report>.Ok(report.Value with { Metrics = after.Metrics, Tables = after.Tables, Comparison = comparison })
            : report;
    }
}
