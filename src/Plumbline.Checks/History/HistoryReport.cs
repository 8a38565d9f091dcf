using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.History;

/// <summary>Turns a history analysis into report metrics (JSON) and tables (knowledge map, hotspots, coupling, activity, authors).</summary>
internal static class HistoryReport
{
    private const int ListedCouplings = 20;
    private const int ListedMonths = 24;

    public static Dictionary<string, JsonNode?> Metrics(HistoryAnalysis a)
    {
        var authoredBy = a.Files.SelectMany(f => f.Authors).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var newest = a.Snapshot.NewestCommitTime is { } t ? DateTimeOffset.FromUnixTimeSeconds(t) : (DateTimeOffset?)null;
        return new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["truckFactor"] = a.TruckFactor,
            ["truckFactorAuthors"] = new JsonArray([.. a.TruckFactorPeople.Select(p => (JsonNode?)a.Name(p))]),
            ["authors"] = new JsonArray([.. a.People.OrderByDescending(p => p.Commits).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => (JsonNode?)new JsonObject
            {
                ["name"] = p.Name,
                ["commits"] = p.Commits,
                ["filesAuthored"] = authoredBy.GetValueOrDefault(p.Id),
                ["linesAdded"] = a.Snapshot.ContentsRead ? p.LinesAdded : null,
                ["linesDeleted"] = a.Snapshot.ContentsRead ? p.LinesDeleted : null,
                ["firstCommit"] = Date(p.FirstCommit),
                ["lastCommit"] = Date(p.LastCommit),
                ["active"] = !a.Inactive.Contains(p.Id),
            })]),
            ["knowledgeMap"] = new JsonArray([.. a.Folders.Select(f => (JsonNode?)new JsonObject
            {
                ["folder"] = f.Name,
                ["files"] = f.Files,
                ["authoredFiles"] = f.AuthoredFiles,
                ["mainAuthor"] = f.MainAuthor >= 0 ? a.Name(f.MainAuthor) : null,
                ["mainAuthorShare"] = Math.Round(f.MainShare, 3),
                ["truckFactor"] = f.TruckFactor,
                ["authors"] = f.Authors,
                ["singleAuthorFiles"] = f.SingleAuthorFiles,
                ["departedFiles"] = f.DepartedFiles,
            })]),
            ["hotspots"] = new JsonArray([.. a.Hotspots.Select(h => (JsonNode?)new JsonObject
            {
                ["path"] = h.Path,
                ["changes"] = h.RecentChanges,
                ["lines"] = h.Lines,
                ["complexity"] = h.Complexity?.Total,
                ["maxFunctionComplexity"] = h.Complexity?.Max,
                ["score"] = h.Score,
                ["authors"] = new JsonArray([.. h.Authors.Select(p => (JsonNode?)a.Name(p))]),
                ["activeAuthors"] = new JsonArray([.. h.ActiveAuthors.Select(p => (JsonNode?)a.Name(p))]),
            })]),
            ["coupling"] = new JsonArray([.. a.Snapshot.Couplings.Take(ListedCouplings).Select(c => (JsonNode?)new JsonObject
            {
                ["first"] = c.First,
                ["second"] = c.Second,
                ["sharedCommits"] = c.Shared,
                ["degree"] = c.Degree,
            })]),
            ["activity"] = new JsonObject
            {
                ["commits"] = a.Snapshot.CommitCount,
                ["people"] = a.People.Count,
                ["activePeople"] = a.People.Count - a.Inactive.Count,
                ["lastCommit"] = newest is { } n ? Date(n) : null,
                ["lastCommitAgeDays"] = newest is { } m ? (int)Math.Floor((a.Now - m).TotalDays) : null,
                ["singleAuthorFiles"] = a.Files.Count(f => f.Authors.Count == 1),
                ["departedFiles"] = a.Files.Count(f => f.Departed),
                ["sourceFiles"] = a.Files.Count,
                ["skippedFiles"] = a.Snapshot.SkippedFiles,
                ["commit"] = a.Snapshot.Commit,
                ["now"] = a.Now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["nowFrom"] = a.Snapshot.NowFromCommit ? "commit" : "clock",
                ["contentsRead"] = a.Snapshot.ContentsRead,
                ["since"] = a.Settings.Since is { } s ? Date(s) : null,
                ["until"] = a.Settings.Until is { } u ? Date(u) : null,
                ["months"] = new JsonArray([.. a.Snapshot.Months.Select(m => (JsonNode?)new JsonObject
                {
                    ["month"] = Month(m),
                    ["commits"] = m.Commits,
                    ["activeAuthors"] = ActivePeople(a, m),
                })]),
            },
        };
    }

    public static IReadOnlyList<MetricTable> Tables(HistoryAnalysis a)
    {
        var tables = new List<MetricTable>
        {
            new(
                "knowledge-map",
                "Knowledge map",
                ["Folder", "Files", "Main author", "Share", "Truck factor", "Authors", "Single-author files", "Departed files"],
                [.. a.Folders.Select(f => (IReadOnlyList<string>)
                [
                    f.Name, N(f.Files), f.MainAuthor >= 0 ? a.Name(f.MainAuthor) : "—", f.AuthoredFiles > 0 ? P(f.MainShare) : "—",
                    N(f.TruckFactor), N(f.Authors), N(f.SingleAuthorFiles), N(f.DepartedFiles),
                ])])
            {
                Note = string.Create(CultureInfo.InvariantCulture, $"Authors by degree of authorship over {a.Snapshot.CommitCount:N0} non-merge commits; share = the main author's part of the folder's authored files; truck factor = people who would have to leave before more than half the folder's files have no author. Documentation, vendored and generated files ({a.Snapshot.SkippedFiles:N0}) are left out; departed = every author silent for {a.Settings.InactiveMonths} months."),
            },
            new(
                "hotspots",
                "Hotspots: where a change is most likely to break something, and who knows it",
                ["File", $"Changes ({a.Settings.HotspotMonths} months)", "Lines", "Complexity (most complex function)", "Score", "Active authors", "Departed authors"],
                [.. a.Hotspots.Select(h => (IReadOnlyList<string>)
                [
                    h.Path, N(h.RecentChanges), N(h.Lines), h.Complexity is { } c ? $"{N(c.Total)} ({N(c.Max)})" : "—", N(h.Score), h.ActiveAuthors.Count > 0 ? a.Names(h.ActiveAuthors) : "nobody",
                    h.Authors.Count > h.ActiveAuthors.Count ? a.Names(h.Authors.Except(h.ActiveAuthors)) : "—",
                ])])
            {
                Note = $"Score = commits in the last {a.Settings.HotspotMonths} months × {(a.HotspotsByComplexity ? "cyclomatic complexity of the file's functions (the sum of their paths, docs/complexity.md)" : "lines (no changed file is in a language whose functions are measured)")} at the audited commit; the top {a.Settings.HotspotCount} are listed. Active authors committed in the last {a.Settings.InactiveMonths} months (as of {Date(a.Now)}, {(a.Snapshot.NowFromCommit ? "the audited commit's date" : "the audit's date")}).",
                BarColumn = 4,
            },
        };

        if (a.Snapshot.Couplings.Count > 0)
        {
            tables.Add(new MetricTable(
                "coupling",
                "Files that change together",
                ["File", "Changes with", "Shared commits", "Degree"],
                [.. a.Snapshot.Couplings.Take(ListedCouplings).Select(c => (IReadOnlyList<string>)[c.First, c.Second, N(c.Shared), $"{c.Degree}%"])])
            {
                Note = $"Pairs changed together in at least {a.Settings.CouplingMinSharedRevisions} commits; commits touching more than {a.Settings.CouplingMaxFilesPerCommit} files are ignored. Degree = shared commits over the pair's average commits.",
            });
        }

        tables.Add(new MetricTable(
            "activity",
            "Activity per month",
            ["Month", "Commits", "Active authors"],
            [.. a.Snapshot.Months.TakeLast(ListedMonths).Select(m => (IReadOnlyList<string>)[Month(m), N(m.Commits), N(ActivePeople(a, m))])])
        {
            Note = $"The last {ListedMonths} months with commits (non-merge commits, author dates in UTC).",
            BarColumn = 1,
        });

        var authoredBy = a.Files.SelectMany(f => f.Authors).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        tables.Add(new MetricTable(
            "authors",
            "Authors",
            ["Author", "Commits", "Files authored", "Last commit", "Status"],
            [.. a.People.OrderByDescending(p => authoredBy.GetValueOrDefault(p.Id)).ThenByDescending(p => p.Commits).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => (IReadOnlyList<string>)[p.Name, N(p.Commits), N(authoredBy.GetValueOrDefault(p.Id)), Date(p.LastCommit), a.Inactive.Contains(p.Id) ? "inactive" : "active"])])
        {
            Note = "Identities merged through .mailmap, shared emails and names, and the configured aliases.",
        });
        return tables;
    }

    // People are counted once even when several of their identities committed that month.
    private static int ActivePeople(HistoryAnalysis a, MonthActivity m) => m.Identities.Select(i => a.PersonOf[i]).Distinct().Count();

    private static string Month(MonthActivity m) => string.Create(CultureInfo.InvariantCulture, $"{m.Year:0000}-{m.Month:00}");

    private static string Date(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double share) => share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);
}
