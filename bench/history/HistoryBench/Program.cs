using System.Text.Json;
using Plumbline.Checks.Audit;
using Plumbline.Checks.History;

// Runs the history stage alone on a repository and prints a summary: the benchmark's "our analysis" side.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: HistoryBench REPO [--rev REV] [--json]");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var revAt = Array.IndexOf(args, "--rev");
var rev = revAt > 0 && revAt + 1 < args.Length ? args[revAt + 1] : null;
var context = new AuditContext(root, args[0], AuditConfig.Empty, TimeProvider.System) { IsGitRepository = true, Rev = rev };
var result = await new HistoryStage().RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
foreach (var f in result.Findings)
{
    Console.WriteLine($"{f.Outcome,-13} {f.CheckId}: {f.Detail}");
}

if (args.Contains("--json"))
{
    Console.WriteLine(JsonSerializer.Serialize(result.Metrics, new JsonSerializerOptions { WriteIndented = true }));
}
else
{
    var activity = result.Metrics["activity"]!;
    Console.WriteLine($"truck factor {result.Metrics["truckFactor"]} ({string.Join(", ", result.Metrics["truckFactorAuthors"]!.AsArray())}); commits {activity["commits"]}; source files {activity["sourceFiles"]}, skipped {activity["skippedFiles"]}");
}

// /usr/bin/time reports the biggest process of the tree (often git itself); this is ours alone.
using var self = System.Diagnostics.Process.GetCurrentProcess();
Console.Error.WriteLine($"plumbline process peak working set: {self.PeakWorkingSet64 / (1024 * 1024)} MiB");
return 0;
