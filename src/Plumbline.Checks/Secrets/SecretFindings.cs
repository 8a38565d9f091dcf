using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.Secrets;

/// <summary>Turns occurrences into findings: one per distinct secret, "in the current tree" or "only in history".</summary>
internal static class SecretFindings
{
    public const string InTree = "NoSecretsInTree";
    public const string InHistory = "NoSecretsInHistory";
    public const string StaleIgnore = "SecretIgnoresAreCurrent";
    public const string Config = "SecretSettingsAreValid";

    // Fingerprint seeds are the ids these findings had before check ids were unified, so re-audits still match stored findings.
    private const string InTreeSeed = "secrets.in-tree";
    private const string InHistorySeed = "secrets.in-history";
    private const string StaleIgnoreSeed = "secrets.stale-ignore";
    private const string ConfigSeed = "secrets.config";
    public const string RotateInTree = "rotate-secrets-in-tree";
    public const string RotateInHistory = "rotate-secrets-in-history";
    public const string TidyIgnores = "tidy-secret-ignores";

    public static Finding Inconclusive(string message, string? path, int? line) =>
        new(Config, RotateInTree, Outcome.Inconclusive, Severity.Medium, $"Secret scan settings could not be used: {message}", new Location(path, line), Fingerprint.Of(ConfigSeed, path, message));

    public static (IReadOnlyList<Finding> Findings, JsonObject Metrics, IReadOnlyList<MetricTable> Tables) Build(SecretScan scan, SecretIgnoreFile ignores, SecretsSettings settings)
    {
        var ignored = ignores.Entries.Select(e => e.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var findings = new List<Finding>();
        var rows = new List<IReadOnlyList<string>>();
        var inTree = 0;
        var inHistory = 0;
        foreach (var group in scan.Occurrences.GroupBy(o => o.Match.SecretFingerprint, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (ignored.Contains(group.Key))
            {
                used.Add(group.Key);
                continue;
            }

            var first = group.OrderBy(o => o.Origin.Order).ThenBy(o => o.Origin.Path, StringComparer.Ordinal).ThenBy(o => o.Match.Line).First();
            var current = group.Where(o => o.TreePath is not null).OrderBy(o => o.TreePath, StringComparer.Ordinal).ThenBy(o => o.Match.Line).FirstOrDefault();
            var places = group.Select(o => (o.TreePath ?? o.Origin.Path, o.Match.Line)).Distinct().Count();
            var rule = first.Match.Rule;
            var evidence = new List<string>
            {
                $"rule: {rule.Id}",
                $"preview: {first.Match.Preview}",
                $"fingerprint: {group.Key}",
            };
            if (scan.IsGit)
            {
                evidence.Add($"introduced: {Short(first.Origin.Commit)} by {first.Origin.Author} on {first.Origin.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} in {first.Origin.Path}:{first.Match.Line}");
            }

            if (places > 1)
            {
                evidence.Add($"seen in {places} places (file versions and paths)");
            }

            if (current is not null)
            {
                inTree++;
                var where = $"{current.TreePath}:{current.Match.Line}";
                findings.Add(new Finding(
                    InTree,
                    RotateInTree,
                    Outcome.Fail,
                    rule.Severity,
                    $"{rule.Description} ({first.Match.Preview}) is in the current tree at {where}: rotate it at the provider now, then remove it.",
                    new Location(current.TreePath, current.Match.Line),
                    Fingerprint.Of(InTreeSeed, group.Key))
                { Evidence = evidence });
                rows.Add([where, rule.Id, first.Match.Preview, scan.IsGit ? Short(first.Origin.Commit) : "-", "current tree"]);
            }
            else
            {
                inHistory++;
                var severity = rule.Severity > Severity.Low ? rule.Severity - 1 : rule.Severity;
                findings.Add(new Finding(
                    InHistory,
                    RotateInHistory,
                    Outcome.Fail,
                    severity,
                    $"{rule.Description} ({first.Match.Preview}) was committed in {first.Origin.Path} at {Short(first.Origin.Commit)} and is only in history: rotate it; rewrite history only if it cannot be rotated.",
                    new Location(first.Origin.Path, first.Match.Line, first.Origin.Commit),
                    Fingerprint.Of(InHistorySeed, group.Key))
                { Evidence = evidence });
                rows.Add([$"{first.Origin.Path}:{first.Match.Line}", rule.Id, first.Match.Preview, Short(first.Origin.Commit), "history only"]);
            }
        }

        foreach (var (fingerprint, line) in ignores.Entries.Where(e => !used.Contains(e.Fingerprint)))
        {
            findings.Add(new Finding(
                StaleIgnore,
                TidyIgnores,
                Outcome.Fail,
                Severity.Low,
                $"The ignore entry {fingerprint[..12]}… in {ignores.Source} no longer matches any secret; remove it.",
                new Location(ignores.Source, line),
                Fingerprint.Of(StaleIgnoreSeed, fingerprint)));
        }

        if (inTree == 0)
        {
            findings.Add(new Finding(InTree, RotateInTree, Outcome.Pass, Severity.Info,
                $"No secrets found in the {scan.TreeFiles} files of the current tree ({settings.Rules.Count} rules).", Location.None, Fingerprint.Of(InTreeSeed, "pass")));
        }

        if (scan.IsGit && scan.History && inHistory == 0)
        {
            findings.Add(new Finding(InHistory, RotateInHistory, Outcome.Pass, Severity.Info,
                $"No secrets found only in history ({scan.Stats.Scanned} unique file versions across {scan.Commits} commits).", Location.None, Fingerprint.Of(InHistorySeed, "pass")));
        }
        else if (!scan.History || !scan.IsGit)
        {
            findings.Add(new Finding(InHistory, RotateInHistory, Outcome.NotApplicable, Severity.Info,
                scan.IsGit ? "History was not scanned ('secrets: history: false' in plumbline.yml)." : "Not a git repository: only the files on disk were scanned.",
                Location.None, Fingerprint.Of(InHistorySeed, "n/a")));
        }

        var metrics = new JsonObject
        {
            ["rules"] = settings.Rules.Count,
            ["commits"] = scan.Commits,
            ["blobsScanned"] = scan.Stats.Scanned,
            ["bytesScanned"] = scan.Stats.Bytes,
            ["blobsSkippedBinary"] = scan.Stats.Binary,
            ["blobsSkippedLarge"] = scan.Stats.Large,
            ["inTree"] = inTree,
            ["inHistoryOnly"] = inHistory,
            ["ignored"] = used.Count,
            ["staleIgnores"] = ignores.Entries.Count - ignores.Entries.Count(e => used.Contains(e.Fingerprint)),
        };
        var tables = rows.Count == 0
            ? Array.Empty<MetricTable>()
            : [new MetricTable("secrets", "Secrets found", ["Where", "Rule", "Preview", "Introduced", "Status"], rows)
            {
                Note = scan.Stats.Large > 0 ? $"{scan.Stats.Large} file versions over {settings.MaxBlobBytes} bytes were not scanned." : null,
            }];
        return (findings, metrics, tables);
    }

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
