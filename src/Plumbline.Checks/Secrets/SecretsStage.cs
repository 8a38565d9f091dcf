using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using LibGit2Sharp;
using Plumbline.Checks.Audit;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Secrets;

/// <summary>The <c>secrets</c> stage of <c>plumb audit</c>: every unique blob of every ref scanned once,
/// each secret mapped to where it was introduced and whether it is still in the audited tree.</summary>
public sealed class SecretsStage : IAuditStage
{
    /// <inheritdoc />
    public string Name => "secrets";

    /// <inheritdoc />
    public async Task<StageResult> RunAsync(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken)
    {
        var (settings, configErrors) = SecretsSettings.Read(context.Config, context.Root);
        var findings = new List<Finding>();
        findings.AddRange(configErrors.Select(e => SecretFindings.Inconclusive(e.ToString(), e.Source, e.Line)));
        var ignores = ReadIgnoreFile(context.Root, settings.IgnoreFile, findings);
        var scanner = new SecretScanner(settings.Rules);
        var exclude = new ExcludeList(context.Config.Exclude);

        var scan = context.IsGitRepository || Repository.IsValid(context.Root)
            ? await Task.Run(() => ScanRepository(context, settings, scanner, exclude, progress, cancellationToken), cancellationToken).ConfigureAwait(false)
            : await Task.Run(() => FolderScan.Run(context.Root, settings, scanner, exclude, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (scan.Problem is { } problem)
        {
            findings.Add(SecretFindings.Inconclusive(problem, null, null));
            return new StageResult(findings);
        }

        var report = SecretFindings.Build(scan, ignores, settings);
        findings.AddRange(report.Findings);
        return new StageResult(findings)
        {
            Metrics = new Dictionary<string, JsonNode?> { ["secrets"] = report.Metrics },
            Tables = report.Tables,
        };
    }

    private static SecretIgnoreFile ReadIgnoreFile(string root, string name, List<Finding> findings)
    {
        var path = Path.Combine(root, name);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null)
        {
            return SecretIgnoreFile.None with { Source = name };
        }

        var parsed = SecretIgnoreFile.Parse(File.ReadAllText(path), name);
        if (!parsed.Success)
        {
            findings.AddRange(parsed.Errors.Select(e => SecretFindings.Inconclusive(e.ToString(), name, e.Line)));
            return SecretIgnoreFile.None with { Source = name };
        }

        return parsed.Value;
    }

    private static SecretScan ScanRepository(AuditContext context, SecretsSettings settings, SecretScanner scanner, ExcludeList exclude, IProgress<AuditProgress> progress, CancellationToken ct)
    {
        using var repo = new Repository(context.Root);
        Commit? target;
        if (context.Rev is { } rev)
        {
            target = GitPeel.ToCommit(repo.Lookup(rev));
            if (target is null)
            {
                return SecretScan.Failed($"the revision '{rev}' was not found in the repository; secrets were not scanned");
            }
        }
        else
        {
            target = repo.Head.Tip;
            if (target is null)
            {
                return SecretScan.Failed("the repository has no commits yet; secrets were not scanned");
            }
        }

        progress.Report(new AuditProgress("secrets", "indexing history"));
        var index = GitBlobIndex.Build(repo, target, settings.History, exclude, ct);
        var hits = new ConcurrentBag<(ObjectId Blob, SecretMatch Match)>();
        var stats = new ScanStats();

        // One thread reads blobs through libgit2 (not safe to share across threads); the others scan.
        var channel = Channel.CreateBounded<(ObjectId Id, string Path, string Text)>(new BoundedChannelOptions(256) { SingleWriter = true });
        var scanners = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount - 1)).Select(_ => Task.Run(async () =>
        {
            await foreach (var (id, path, text) in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                foreach (var m in scanner.Scan(text, path))
                {
                    hits.Add((id, m));
                }
            }
        }, ct)).ToList();

        var total = index.FirstSeen.Count;
        var done = 0;
        try
        {
            foreach (var (id, origin) in index.FirstSeen)
            {
                ct.ThrowIfCancellationRequested();
                if (++done % 500 == 0)
                {
                    progress.Report(new AuditProgress("secrets", $"scanning {done}/{total} file versions", (double)done / total));
                }

                var blob = repo.Lookup<Blob>(id);
                if (blob is null)
                {
                    stats.Missing++;
                    continue;
                }

                if (blob.Size > settings.MaxBlobBytes)
                {
                    stats.Large++;
                    continue;
                }

                var bytes = ReadAll(blob);
                if (BlobText.IsBinary(bytes))
                {
                    stats.Binary++;
                    continue;
                }

                stats.Scanned++;
                stats.Bytes += bytes.Length;
                var path = index.TreeBlobs.GetValueOrDefault(id) ?? origin.Path;
                while (!channel.Writer.TryWrite((id, path, BlobText.Decode(bytes))))
                {
                    channel.Writer.WaitToWriteAsync(ct).AsTask().GetAwaiter().GetResult();
                }
            }
        }
        finally
        {
            channel.Writer.Complete();
            Task.WaitAll(scanners, CancellationToken.None);
        }

        return new SecretScan(
            [.. hits.Select(h => new SecretOccurrence(h.Match, index.FirstSeen[h.Blob], index.TreeBlobs.GetValueOrDefault(h.Blob)))],
            stats,
            index.CommitCount,
            index.TreeBlobs.Count,
            History: settings.History,
            IsGit: true);
    }

    private static byte[] ReadAll(Blob blob)
    {
        using var stream = blob.GetContentStream();
        var bytes = new byte[blob.Size];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
