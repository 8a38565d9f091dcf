using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Core.Checks;
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

    public const string RotateInTree = "rotate-secrets-in-tree";
    public const string RotateInHistory = "rotate-secrets-in-history";
    public const string TidyIgnores = "tidy-secret-ignores";

    public static Finding Inconclusive(string message, string? path, int? line) =>
        SecretChecks.SettingsValid.Conclude(Outcome.Inconclusive, Severity.Medium, $"Secret scan settings could not be used: {message}", new Location(path, line), path, message);

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
            if (scan.IsGit && first.Origin.IsUncommitted)
            {
                evidence.Add($"introduced: not committed yet (working tree) in {first.Origin.Path}:{first.Match.Line}");
            }
            else if (scan.IsGit)
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
                findings.Add(SecretChecks.InTree.Conclude(
                    Outcome.Fail,
                    rule.Severity,
                    $"{rule.Description} ({first.Match.Preview}) is in the current tree at {where}: rotate it at the provider now, then remove it.",
                    new Location(current.TreePath, current.Match.Line),
                    group.Key) with
                { Evidence = evidence });
                rows.Add([where, rule.Id, first.Match.Preview, scan.IsGit ? Short(first.Origin.Commit) : "-", "current tree"]);
            }
            else
            {
                inHistory++;
                var severity = rule.Severity > Severity.Low ? rule.Severity - 1 : rule.Severity;
                findings.Add(SecretChecks.InHistory.Conclude(
                    Outcome.Fail,
                    severity,
                    $"{rule.Description} ({first.Match.Preview}) was committed in {first.Origin.Path} at {Short(first.Origin.Commit)} and is only in history: rotate it; rewrite history only if it cannot be rotated.",
                    new Location(first.Origin.Path, first.Match.Line, first.Origin.Commit),
                    group.Key) with
                { Evidence = evidence });
                rows.Add([$"{first.Origin.Path}:{first.Match.Line}", rule.Id, first.Match.Preview, Short(first.Origin.Commit), "history only"]);
            }
        }

        foreach (var (fingerprint, line) in ignores.Entries.Where(e => !used.Contains(e.Fingerprint)))
        {
            findings.Add(SecretChecks.IgnoresCurrent.Conclude(
                Outcome.Fail,
                Severity.Low,
                $"The ignore entry {fingerprint[..12]}… in {ignores.Source} no longer matches any secret; remove it.",
                new Location(ignores.Source, line),
                fingerprint));
        }

        // What could not be read can hold a secret: the verdict for that part is Inconclusive, never Pass.
        var treeGaps = scan.Unreadable.Where(u => u.InTree).ToList();
        var historyGaps = scan.Unreadable.Where(u => !u.InTree).ToList();
        if (treeGaps.Count > 0)
        {
            findings.Add(Incomplete(SecretChecks.InTree, treeGaps, scan, "the current tree"));
        }
        else if (inTree == 0)
        {
            findings.Add(SecretChecks.InTree.Conclude(Outcome.Pass, Severity.Info,
                $"No secrets found in the {scan.TreeFiles} files of the current tree ({settings.Rules.Count} rules).", Location.None, "pass"));
        }

        if (scan.IsGit && scan.History && historyGaps.Count > 0)
        {
            findings.Add(Incomplete(SecretChecks.InHistory, historyGaps, scan, "history"));
        }
        else if (scan.IsGit && scan.History && scan.Shallow)
        {
            findings.Add(SecretChecks.InHistory.Conclude(Outcome.Inconclusive, Severity.Medium,
                $"History was scanned only back to the boundary of this shallow clone ({scan.Commits} commits): older commits are not here. Run 'git fetch --unshallow' or audit a full clone.",
                Location.None, "shallow"));
        }
        else if (scan.IsGit && scan.History && inHistory == 0)
        {
            findings.Add(SecretChecks.InHistory.Conclude(Outcome.Pass, Severity.Info,
                $"No secrets found only in history ({scan.Stats.Scanned} unique file versions across {scan.Commits} commits).", Location.None, "pass"));
        }
        else if (!scan.History || !scan.IsGit)
        {
            findings.Add(SecretChecks.InHistory.Conclude(Outcome.NotApplicable, Severity.Info,
                scan.IsGit ? "History was not scanned ('secrets: history: false' in plumbline.yml)." : "Not a git repository: only the files on disk were scanned.",
                Location.None, "n/a"));
        }

        var metrics = new JsonObject
        {
            ["rules"] = settings.Rules.Count,
            ["commits"] = scan.Commits,
            ["blobsScanned"] = scan.Stats.Scanned,
            ["bytesScanned"] = scan.Stats.Bytes,
            ["blobsSkippedBinary"] = scan.Stats.Binary,
            ["blobsSkippedLarge"] = scan.Stats.Large,
            ["unreadable"] = scan.Unreadable.Count,
            ["partialClone"] = scan.PartialClone,
            ["shallow"] = scan.Shallow,
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

    private const int NamedGaps = 20;

    private static Finding Incomplete(CheckDescriptor check, List<UnreadableObject> gaps, SecretScan scan, string part)
    {
        var (why, advice) = scan.PartialClone
            ? ("this is a partial clone ('git clone --filter' leaves objects on the server)", "Audit a full clone (without --filter).")
            : ("they are missing from the object store", "Run 'git fsck', fetch or restore what is missing, and audit again.");
        var evidence = gaps.Take(NamedGaps).Select(g => $"could not read: {g.Name}").ToList();
        if (gaps.Count > NamedGaps)
        {
            evidence.Add($"… and {gaps.Count - NamedGaps} more");
        }

        return check.Conclude(Outcome.Inconclusive, Severity.Medium,
            $"{Count(gaps)} of {part} could not be read: {why}, so a secret in them would not be found. {advice}",
            Location.None, "unreadable") with
        { Evidence = evidence };
    }

    private static string Count(List<UnreadableObject> gaps)
    {
        var files = gaps.Count(g => g.IsFile);
        var others = gaps.Count - files;
        var parts = new List<string>();
        if (files > 0)
        {
            parts.Add(files == 1 ? "1 file version" : $"{files} file versions");
        }

        if (others > 0)
        {
            parts.Add(others == 1 ? "1 folder or commit" : $"{others} folders or commits");
        }

        return string.Join(" and ", parts);
    }

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
