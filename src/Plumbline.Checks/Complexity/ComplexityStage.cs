using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Repo;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.Complexity;

/// <summary>The <c>complexity</c> stage of <c>plumb audit</c>: size and cyclomatic complexity of every function in the
/// tree's C#, Java, JavaScript, TypeScript, PHP, Go, Python and Ruby files, and where complexity concentrates.</summary>
public sealed class ComplexityStage : IAuditStage
{
    /// <summary>How many functions the report's table lists.</summary>
    public const int Listed = 15;

    public string Name => "complexity";

    public Task<StageResult> RunAsync(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken) =>
        Task.Run(() => Run(context, progress, cancellationToken), cancellationToken);

    private static StageResult Run(AuditContext context, IProgress<AuditProgress> progress, CancellationToken ct)
    {
        var settings = RepoSettings.Read(context.Config.Sections.GetValueOrDefault("repo"), context.Config.Source);
        progress.Report(new AuditProgress("complexity", $"collecting files from {context.DisplayName}"));
        // The same files the repo stage reads (excludes, vendored folders, --rev); bad repo settings are its to report.
        var snapshot = RepoCollector.Collect(context, settings.Success ? settings.Value : RepoSettings.Default, progress, ct);
        var sources = snapshot.TextFiles.Where(f => ComplexityLanguages.For(f.Path) is not null && !FileClassifier.IsGeneratedByPath(f.Path)).ToList();
        progress.Report(new AuditProgress("complexity", $"measuring functions in {sources.Count} files"));
        var measured = new FileComplexity?[sources.Count];
        var done = 0;
        Parallel.For(0, sources.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            measured[i] = ComplexityMeter.Measure(sources[i].Path, sources[i].Text ?? string.Empty);
            if (Interlocked.Increment(ref done) is var n && n % 200 == 0)
            {
                progress.Report(new AuditProgress("complexity", $"measuring functions: {n:N0} of {sources.Count:N0} files", (double)n / sources.Count));
            }
        });
        var analysis = new ComplexityAnalysis([.. measured.OfType<FileComplexity>()]);

        var disabled = context.Config.DisabledChecks.ToHashSet(StringComparer.Ordinal);
        var findings = CheckRunner.RunAll(ComplexityChecks.All, analysis, disabled).ToList();
        progress.Report(new AuditProgress("complexity", "done", 1));
        return new StageResult(findings) { Metrics = Metrics(analysis), Tables = Tables(analysis) };
    }

    private static Dictionary<string, JsonNode?> Metrics(ComplexityAnalysis a)
    {
        var languages = new JsonArray();
        foreach (var g in a.Files.GroupBy(f => f.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            languages.Add((JsonNode)new JsonObject
            {
                ["name"] = g.Key,
                ["files"] = g.Count(),
                ["functions"] = g.Sum(f => f.Functions.Count),
                ["complexity"] = g.Sum(f => f.Total),
                ["lines"] = g.Sum(f => f.Functions.Sum(fn => fn.Lines)),
            });
        }

        var complex = a.ComplexFunctions;
        return new Dictionary<string, JsonNode?>
        {
            ["complexity"] = new JsonObject
            {
                ["files"] = a.Files.Count,
                ["functions"] = a.Files.Sum(f => f.Functions.Count),
                ["productFunctions"] = a.ProductFunctions.Count,
                ["complexFunctions"] = complex.Count,
                ["untestableFunctions"] = complex.Count(p => p.Function.Complexity > ComplexityAnalysis.Untestable),
                ["complexShare"] = Math.Round(a.ComplexShare, 4),
                ["languages"] = languages,
                ["mostComplex"] = new JsonArray([.. complex.Take(Listed).Select(p => (JsonNode?)new JsonObject
                {
                    ["path"] = p.File.Path,
                    ["function"] = p.Function.Name,
                    ["line"] = p.Function.Line,
                    ["complexity"] = p.Function.Complexity,
                    ["lines"] = p.Function.Lines,
                })]),
            },
        };
    }

    private static IReadOnlyList<MetricTable> Tables(ComplexityAnalysis a)
    {
        if (a.ProductFunctions.Count == 0)
        {
            return [];
        }

        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return
        [
            new MetricTable(
                "complexity-functions",
                "Most complex functions",
                ["Function", "File", "Line", "Complexity", "Lines"],
                [.. a.ComplexFunctions.Take(Listed).Select(p => (IReadOnlyList<string>)[p.Function.Name, p.File.Path, N(p.Function.Line), N(p.Function.Complexity), N(p.Function.Lines)])])
            {
                Note = string.Create(CultureInfo.InvariantCulture,
                    $"Cyclomatic complexity counts the paths through a function (1 + each if, loop, case, catch, && and ||), measured token by token as lizard does; test files are left out. {a.ComplexFunctions.Count} of {a.ProductFunctions.Count:N0} product functions are above {ComplexityAnalysis.Complex}."),
                BarColumn = 3,
            },
        ];
    }
}
