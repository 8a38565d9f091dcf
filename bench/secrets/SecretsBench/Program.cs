using Plumbline.Checks.Audit;
using Plumbline.Checks.Secrets;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;

// Runs the secrets stage on one folder, as `plumb audit --only secrets` does, and prints a summary.
//   SecretsBench PATH [--no-history]     scan (all refs unless --no-history)
//   SecretsBench --patterns              print every rule's regex, one per line, for ripgrep -f
//   SecretsBench --accuracy CORPUS...    recall and decoys flagged per family (see bench/secrets/accuracy.sh)
if (args is ["--patterns"])
{
    foreach (var rule in BuiltInSecretRules.All)
    {
        Console.WriteLine($"(?:{rule.Pattern})");
    }

    return 0;
}

if (args is ["--accuracy", .. var corpora])
{
    // Recall and decoys flagged per family over labelled example corpora (JSON lines, see SecretExampleCorpus).
    var scanner = new SecretScanner(BuiltInSecretRules.All);
    foreach (var corpus in corpora)
    {
        var scores = SecretExampleCorpus.Score(scanner, SecretExampleCorpus.Read(File.ReadAllText(corpus)));
        Console.WriteLine($"== {corpus}");
        Console.WriteLine($"{"family",-28} {"found",9} {"decoys flagged",15}");
        foreach (var s in scores.Where(s => s.Missed.Count > 0 || s.Flagged.Count > 0 || corpora.Length == 1))
        {
            Console.WriteLine($"{s.Family,-28} {s.Found,4}/{s.TrueExamples,-4} {s.Flagged.Count,7}/{s.Decoys,-7} {(s.Missed.Count > 0 ? "missed lines " + string.Join(",", s.Missed) : "")} {(s.Flagged.Count > 0 ? "flagged lines " + string.Join(",", s.Flagged) : "")}");
        }

        var found = scores.Sum(s => s.Found);
        var total = scores.Sum(s => s.TrueExamples);
        Console.WriteLine($"TOTAL recall {found}/{total} ({100.0 * found / Math.Max(1, total):0.0}%), decoys flagged {scores.Sum(s => s.Flagged.Count)}/{scores.Sum(s => s.Decoys)}");
    }

    return 0;
}

if (args is ["--profile", var folder])
{
    // Time each rule alone over every file in a folder: which rules cost the most.
    var texts = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.git/", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
    Console.WriteLine($"{texts.Count} files, {texts.Sum(t => t.Length) / 1e6:0.0} MB");
    var all = new SecretScanner(BuiltInSecretRules.All);
    var sw = new CpuWatch();
    var n = texts.Sum(t => all.Scan(t, null).Count);
    Console.WriteLine($"all rules (cold): {sw.ElapsedMilliseconds} ms");
    sw.Restart();
    n = texts.Sum(t => all.Scan(t, null).Count);
    Console.WriteLine($"all rules: {sw.ElapsedMilliseconds} ms, {n} matches");
    var kws = BuiltInSecretRules.All.SelectMany(r => r.Keywords).Distinct().ToArray();
    var sv = System.Buffers.SearchValues.Create(kws, StringComparison.OrdinalIgnoreCase);
    sw.Restart();
    long hitCount = 0;
    foreach (var t in texts)
    {
        var span = t.AsSpan();
        for (var o = 0; ;)
        {
            var h = span[o..].IndexOfAny(sv);
            if (h < 0)
            {
                break;
            }

            hitCount++;
            o += h + 1;
        }
    }

    Console.WriteLine($"keyword search only: {sw.ElapsedMilliseconds} ms, {hitCount} hits, {kws.Length} keywords");
    foreach (var rule in BuiltInSecretRules.All)
    {
        var one = new SecretScanner([rule]);
        sw.Restart();
        foreach (var t in texts)
        {
            one.Scan(t, null);
        }

        if (sw.ElapsedMilliseconds > 20)
        {
            Console.WriteLine($"  {rule.Id}: {sw.ElapsedMilliseconds} ms");
        }
    }

    return 0;
}

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: SecretsBench PATH [--no-history] | --patterns");
    return 2;
}

var config = AuditConfig.Empty;
if (args.Contains("--no-history"))
{
    config = AuditConfigReader.Read("secrets:\n  history: false\n", "bench", RecommendationCatalog.BuiltIn).Value;
}

var root = Path.GetFullPath(args[0]);
var context = new AuditContext(root, args[0], config, TimeProvider.System) { IsGitRepository = Directory.Exists(Path.Combine(root, ".git")) };
var result = await new SecretsStage().RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
Console.WriteLine($"findings: {result.Findings.Count(f => f.Outcome == Outcome.Fail)} fail, {result.Findings.Count(f => f.Outcome == Outcome.Inconclusive)} inconclusive");
foreach (var f in result.Findings.Where(f => f.Outcome == Outcome.Fail)) { Console.WriteLine($"  {f.CheckId} {f.Location} {f.Detail}"); }
Console.WriteLine($"metrics: {result.Metrics["secrets"]?.ToJsonString()}");
return 0;

/// <summary>Processor time, not wall time: the shared bench machine is often busy.</summary>
internal sealed class CpuWatch
{
    private TimeSpan _start = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    public long ElapsedMilliseconds => (long)(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _start).TotalMilliseconds;

    public void Restart() => _start = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
}
