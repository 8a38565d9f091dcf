using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Dependencies;
using Plumbline.Checks.Repo.TestSuite;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.Repo;

/// <summary>The <c>repo</c> stage of <c>plumb audit</c>: inventory and engineering practices.</summary>
public sealed class RepoStage : IAuditStage
{
    public string Name => "repo";

    public Task<StageResult> RunAsync(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken) =>
        Task.Run(() => Run(context, progress, cancellationToken), cancellationToken);

    private static StageResult Run(AuditContext context, IProgress<AuditProgress> progress, CancellationToken ct)
    {
        var settings = RepoSettings.Read(context.Config.Sections.GetValueOrDefault("repo"), context.Config.Source);
        if (!settings.Success)
        {
            var d = RepoChecks.Settings;
            return new StageResult([d.Conclude(Outcome.Inconclusive, Severity.Info,
                $"The 'repo' section of {context.Config.Source} is invalid, so the repo stage did not run: {string.Join("; ", settings.Errors)}", new Location(context.Config.Source))]);
        }

        progress.Report(new AuditProgress("repo", $"collecting files from {context.DisplayName}"));
        var snapshot = RepoCollector.Collect(context, settings.Value, progress, ct);
        // The IaC rules read the same files, so they run here rather than collecting the tree a second time.
        IReadOnlyList<ICheck<RepoSnapshot>> checks = [.. RepoChecks.All, .. Iac.IacChecks.All];
        var disabled = context.Config.DisabledChecks.ToHashSet(StringComparer.Ordinal);
        // The checks, the inventory and the metrics only read the snapshot, so they are worked out side by side;
        // findings keep the checks' order.
        var results = new IReadOnlyList<Finding>[checks.Count];
        var done = 0;
        Dictionary<string, JsonNode?> metrics = [];
        IReadOnlyList<MetricTable> tables = [];
        Parallel.Invoke(
            new ParallelOptions { CancellationToken = ct },
            () =>
            {
                progress.Report(new AuditProgress("repo", $"counting lines in {snapshot.Files.Count} files"));
                var inventory = Inventory.Inventory.Of(snapshot);
                metrics = Metrics(snapshot, inventory);
                tables = Tables(snapshot, inventory);
            },
            () => Parallel.For(0, checks.Count, new ParallelOptions { CancellationToken = ct }, i =>
            {
                results[i] = disabled.Contains(checks[i].Descriptor.Id) ? [] : CheckRunner.RunOne(checks[i], snapshot);
                var n = Interlocked.Increment(ref done);
                progress.Report(new AuditProgress("repo", $"checked: {checks[i].Descriptor.Title}", (double)n / checks.Count));
            }));
        var findings = results.SelectMany(r => r).ToList();
        progress.Report(new AuditProgress("repo", "done", 1));
        return new StageResult(findings) { Metrics = metrics, Tables = tables };
    }

    private static Dictionary<string, JsonNode?> Metrics(RepoSnapshot snapshot, Inventory.Inventory inventory)
    {
        var total = inventory.Total;
        var languages = new JsonArray();
        foreach (var l in inventory.Languages)
        {
            languages.Add((JsonNode)new JsonObject { ["name"] = l.Language, ["files"] = l.Files, ["code"] = l.Lines.Code, ["comment"] = l.Lines.Comment, ["blank"] = l.Lines.Blank, ["data"] = l.IsData });
        }

        var manifests = snapshot.Manifests;
        var deps = new JsonArray();
        foreach (var m in manifests)
        {
            deps.Add((JsonNode)new JsonObject
            {
                ["path"] = m.Path,
                ["ecosystem"] = m.Ecosystem,
                ["direct"] = m.Dependencies.Count(d => !d.Development),
                ["development"] = m.Dependencies.Count(d => d.Development),
                ["lockfile"] = m.Lockfile,
                ["unpinned"] = m.Unpinned.Count,
                ["error"] = m.Error,
            });
        }

        var (tests, code) = snapshot.TestSplit;
        var metrics = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["languages"] = languages,
            ["lines"] = new JsonObject { ["code"] = total.Code, ["comment"] = total.Comment, ["blank"] = total.Blank },
            ["files"] = new JsonObject
            {
                ["total"] = snapshot.Files.Count,
                ["counted"] = inventory.Languages.Sum(l => l.Files),
                ["generated"] = inventory.Generated,
                ["duplicates"] = inventory.Duplicates,
                ["lockfiles"] = inventory.Lockfiles,
                ["unrecognised"] = inventory.Unrecognised,
                ["vendored"] = snapshot.Files.Count(f => f.Kind == FileKind.Vendored),
                ["binary"] = snapshot.Files.Count(f => f.Kind == FileKind.Binary),
                ["tooLarge"] = snapshot.Files.Count(f => f.Kind == FileKind.TooLarge),
                ["symlinks"] = snapshot.Files.Count(f => f.Kind == FileKind.Symlink),
                ["unreadable"] = snapshot.Files.Count(f => f.Kind == FileKind.Unreadable),
                ["invalidUtf8"] = snapshot.Files.Count(f => f.InvalidUtf8),
            },
            ["repositorySizeBytes"] = inventory.TotalBytes,
            ["source"] = snapshot.Source.ToString(),
            ["dependencies"] = deps,
            ["tests"] = new JsonObject
            {
                ["testFiles"] = tests.Count,
                ["codeFiles"] = code.Count,
                ["testToCodeRatio"] = code.Count == 0 ? null : Math.Round((double)tests.Count / code.Count, 3),
                ["frameworks"] = new JsonArray([.. TestFiles.Frameworks(snapshot, manifests).Select(f => (JsonNode)f)]),
            },
            ["skippedNotes"] = new JsonArray([.. snapshot.Notes.Select(n => (JsonNode)n)]),
        };
        if (snapshot.History is { } h)
        {
            metrics["activity"] = new JsonObject
            {
                ["head"] = h.Head,
                ["lastCommitAt"] = h.LastCommitAt.ToString("O", CultureInfo.InvariantCulture),
                ["daysSinceLastCommit"] = (int)Math.Floor((snapshot.Now - h.LastCommitAt).TotalDays),
                ["commitsLast90Days"] = h.CommitsLast90Days,
                ["authorsLast90Days"] = h.AuthorsLast90Days,
            };
        }

        return metrics;
    }

    private static List<MetricTable> Tables(RepoSnapshot snapshot, Inventory.Inventory inventory)
    {
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var tables = new List<MetricTable>();
        var total = inventory.Total;
        var skipped = new List<string>();
        if (inventory.Generated > 0) skipped.Add($"{inventory.Generated} generated or minified files");
        if (inventory.Duplicates > 0) skipped.Add($"{inventory.Duplicates} duplicate files (the same content as another file, counted once)");
        if (inventory.Lockfiles > 0) skipped.Add($"{inventory.Lockfiles} lockfiles");
        skipped.AddRange(snapshot.Notes);
        tables.Add(new MetricTable(
            "languages",
            "Languages",
            ["Language", "Files", "Code", "Comment", "Blank"],
            [.. inventory.Languages.Select(l => (IReadOnlyList<string>)[l.Language, N(l.Files), N(l.Lines.Code), N(l.Lines.Comment), N(l.Lines.Blank)]),
             (IReadOnlyList<string>)["Total", N(inventory.Languages.Sum(l => l.Files)), N(total.Code), N(total.Comment), N(total.Blank)]])
        {
            BarColumn = 2,
            Note = skipped.Count == 0 ? "Every readable file was counted." : "Not counted: " + string.Join("; ", skipped.Select(s => s.TrimEnd('.'))) + ".",
        });

        var top = snapshot.Files
            .GroupBy(f => f.Path.Contains('/', StringComparison.Ordinal) ? f.Path[..f.Path.IndexOf('/', StringComparison.Ordinal)] + "/" : "(root files)", StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[g.Key, N(g.Count()), N(g.Sum(f => f.Size))])
            .OrderBy(r => r[0], StringComparer.Ordinal)
            .Take(40)
            .ToList();
        tables.Add(new MetricTable("structure", "Top-level structure", ["Folder", "Files", "Bytes"], top)
        {
            Note = $"{N(snapshot.Files.Count)} files, {N(inventory.TotalBytes)} bytes in all.",
        });

        var manifests = snapshot.Manifests;
        if (manifests.Count > 0)
        {
            tables.Add(new MetricTable(
                "dependencies",
                "Dependency manifests",
                ["Manifest", "Ecosystem", "Direct", "Development", "Lockfile", "Unpinned"],
                [.. manifests.Select(m => (IReadOnlyList<string>)[m.Path, m.Ecosystem, m.Error is null ? N(m.Dependencies.Count(d => !d.Development)) : "unreadable",
                    N(m.Dependencies.Count(d => d.Development)), m.Lockfile ?? (m.LockfileExpected ? "missing" : "—"), N(m.Unpinned.Count)])]));
        }

        return tables;
    }
}
