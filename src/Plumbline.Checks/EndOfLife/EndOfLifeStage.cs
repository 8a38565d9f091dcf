using System.Text.Json.Nodes;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Vulnerabilities;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.EndOfLife;

/// <summary>The <c>endoflife</c> stage of <c>plumb audit</c>: reads the files that name a platform version, looks each
/// up in the end-of-life data (the built-in baseline or imported endoflife.date data), and runs the end-of-life checks.</summary>
/// <param name="environment">Reads environment variables (PLUMB_DATA); tests pass their own.</param>
public sealed class EndOfLifeStage(Func<string, string?>? environment = null) : IAuditStage
{
    public const string StageName = "endoflife";

    private static readonly string[] CiFolders = [".github/", ".gitlab/", ".circleci/", ".buildkite/", ".azure-pipelines/"];

    // Test fixtures and CI describe other machines than the one the application runs on.
    private static readonly HashSet<string> TestFolders = new(StringComparer.OrdinalIgnoreCase) { "test", "tests", "__tests__", "spec", "fixtures", "testdata", "test-fixtures" };

    public string Name => StageName;

    public Task<StageResult> RunAsync(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken) =>
        Task.Run(() => Run(context, progress, cancellationToken), cancellationToken);

    private StageResult Run(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken)
    {
        progress.Report(new AuditProgress(StageName, "Finding the platforms the code runs on"));
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        IReadOnlyList<FoundLockfile> found;
        try
        {
            found = LockfileFinder.Find(context, Wanted);
        }
        catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            var d = EndOfLifeChecks.All[0].Descriptor;
            return new StageResult([d.Conclude(Outcome.Inconclusive, Severity.Info,
                $"Platforms not checked for end of life: the files of {context.DisplayName} could not be listed ({ex.Message}).", Location.None, "listing")]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var files = found.Where(f => f.Text is not null).Select(f => new SourceFile(f.Path, f.Text!)).ToList();
        var platforms = PlatformDetector.Detect(files);
        EolDatabase? data = null;
        string? problem = null;
        try
        {
            data = new EolStore(PlumbDataFolder.Resolve(null, environment)).Load();
        }
        catch (InvalidDataException ex)
        {
            problem = ex.Message;
        }

        var snapshot = new PlatformSnapshot(platforms, data, today, ServesTheWeb(files, platforms)) { DataProblem = problem };
        var disabled = new HashSet<string>(context.Config.DisabledChecks, StringComparer.Ordinal);
        var findings = CheckRunner.RunAll(EndOfLifeChecks.All, snapshot, disabled);
        progress.Report(new AuditProgress(StageName, "done", 1));
        return Report(findings, snapshot);
    }

    private static bool Wanted(string path) => PlatformDetector.Reads(path) && !CiFolders.Any(c => path.StartsWith(c, StringComparison.Ordinal))
        && !path.Split('/').SkipLast(1).Any(TestFolders.Contains)
        && !path.EndsWith(".gitlab-ci.yml", StringComparison.Ordinal) && !path.EndsWith("azure-pipelines.yml", StringComparison.Ordinal);

    private static bool ServesTheWeb(List<SourceFile> files, IReadOnlyList<DetectedPlatform> platforms) =>
        platforms.Any(p => KnownPlatform.Find(p.Product)?.FacesTheWeb == true)
        || files.Any(f => f.Name.Equals("web.config", StringComparison.OrdinalIgnoreCase)
            || (ContainerImages.IsDockerfile(f.Name) && f.Lines().Any(l => l.Text.TrimStart().StartsWith("EXPOSE", StringComparison.OrdinalIgnoreCase))));

    private static StageResult Report(IReadOnlyList<Finding> findings, PlatformSnapshot snapshot)
    {
        var metrics = new JsonObject();
        var rows = new List<IReadOnlyList<string>>();
        if (snapshot.Data is { } data)
        {
            metrics["data"] = new JsonObject
            {
                ["source"] = data.Attribution,
                ["dataAsOf"] = EolFindings.Day(data.DataAsOf),
                ["origin"] = data.Origin,
                ["products"] = data.Products.Count,
            };
            var list = new JsonArray();
            foreach (var use in PlatformUse.Of(snapshot).Uses)
            {
                var status = use.Cycle.Eol.IsPast(snapshot.Today) ? "endOfLife" : use.Cycle.Eol.EndsWithin(snapshot.Today, PlatformSnapshot.NearMonths) ? "nearEndOfLife" : "supported";
                list.Add((JsonNode)new JsonObject
                {
                    ["product"] = use.Product.Id,
                    ["title"] = use.Product.Title,
                    ["cycle"] = use.Cycle.Cycle,
                    ["kind"] = use.Known.Kind.ToString(),
                    ["status"] = status,
                    ["eol"] = use.Cycle.Eol.ToString(),
                    ["exposed"] = use.Exposed(snapshot.ServesTheWeb),
                    ["upgradeTo"] = use.Path.Target?.Cycle,
                    ["upgradeSteps"] = use.Path.Steps,
                    ["majorsBehind"] = use.Path.Behind,
                    ["evidence"] = new JsonArray([.. use.Evidence.Select(e => (JsonNode)new JsonObject { ["path"] = e.Path, ["line"] = e.Line, ["text"] = e.Evidence })]),
                });
                rows.Add([use.Name, status switch { "endOfLife" => "past end of life", "nearEndOfLife" => "ends within 6 months", _ => "supported" }, use.Cycle.Eol.ToString(),
                    use.Path.Target is { } t ? $"{t.Cycle} ({use.Path.Words})" : "—", use.Path.Behind.ToString(System.Globalization.CultureInfo.InvariantCulture), use.Evidence[0].Where]);
            }

            metrics["platforms"] = list;
        }

        metrics["detected"] = snapshot.Platforms.Count;
        var tables = rows.Count == 0 ? Array.Empty<MetricTable>() :
        [
            new MetricTable("platforms", "Platforms and their end of life", ["Platform", "Status", "End of life", "Nearest supported", "Majors behind", "Evidence"], rows)
            {
                Note = $"Release data: {snapshot.Data!.SourceText}.",
            },
        ];
        return new StageResult(findings)
        {
            Metrics = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { [StageName] = metrics },
            Tables = tables,
        };
    }
}
