using System.Collections.Concurrent;
using System.Threading.Channels;
using LibGit2Sharp;
using Plumbline.Checks.Audit;

namespace Plumbline.Checks.Secrets;

/// <summary>Scans a git repository: the audited tree, then every other unique blob of history, each text once.</summary>
/// <remarks>The audited tree is the working tree on disk when there is one and no <c>--rev</c> was given
/// (what is on disk is what the user has, even if its blob is missing from the object store); otherwise
/// the revision's committed blobs. Every blob, tree or commit that cannot be read is recorded, so a
/// partial or damaged clone is reported as incomplete instead of clean.</remarks>
internal static class RepositoryScan
{
    public static SecretScan Run(AuditContext context, SecretsSettings settings, SecretScanner scanner, ExcludeList exclude, IProgress<AuditProgress> progress, CancellationToken ct)
    {
        using var repo = new Repository(context.RepositoryTop);
        var target = context.Rev is { } rev ? GitPeel.ToCommit(repo.Lookup(rev)) : repo.Head.Tip;
        if (target is null)
        {
            return SecretScan.Failed(context.Rev is { } r
                ? $"the revision '{r}' was not found in the repository; secrets were not scanned"
                : "the repository has no commits yet; secrets were not scanned");
        }

        progress.Report(new AuditProgress("secrets", "indexing history"));
        var index = GitBlobIndex.Build(repo, target, settings.History, exclude, context.PathInRepository, progress, ct);
        var unreadable = new List<UnreadableObject>(index.Unreadable);
        var hits = new ConcurrentBag<SecretOccurrence>();
        var stats = new ScanStats();

        // One thread reads (libgit2 is not safe to share across threads); the other cores scan.
        var channel = Channel.CreateBounded<ScanItem>(new BoundedChannelOptions(256) { SingleWriter = true });
        var scanners = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount - 1)).Select(_ => Task.Run(async () =>
        {
            await foreach (var item in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                var origin = item.Blob is { } blob ? index.FirstSeen[blob] : BlobOrigin.Uncommitted(item.Path);
                foreach (var m in scanner.Scan(item.Text, item.Path))
                {
                    hits.Add(new SecretOccurrence(m, origin, item.TreePath));
                }
            }
        }, ct)).ToList();

        void Send(ObjectId? blob, string path, string? treePath, byte[] bytes)
        {
            if (BlobText.IsBinary(bytes))
            {
                stats.Binary++;
                return;
            }

            stats.Scanned++;
            stats.Bytes += bytes.Length;
            var item = new ScanItem(blob, path, treePath, BlobText.Decode(bytes));
            while (!channel.Writer.TryWrite(item))
            {
                channel.Writer.WaitToWriteAsync(ct).AsTask().GetAwaiter().GetResult();
            }
        }

        // Blobs already read (or found missing) for the tree are not read again for history.
        var done = new HashSet<ObjectId>();
        try
        {
            var disk = repo.Info.IsBare || context.Rev is not null ? null : new WorkingTreeFile(context.IsSubfolder ? context.Root : repo.Info.WorkingDirectory);
            foreach (var file in index.TreeFiles)
            {
                ct.ThrowIfCancellationRequested();
                byte[]? onDisk = null;
                var tooLarge = false;
                if (disk is not null)
                {
                    onDisk = disk.Read(file.Path, settings.MaxBlobBytes, out tooLarge);
                }

                if (tooLarge)
                {
                    stats.Large++;
                    done.Add(file.Blob);
                    continue;
                }

                if (onDisk is not null)
                {
                    // Unchanged since the commit: the disk bytes are the blob, so history need not read it.
                    // Changed: the disk text is scanned as not yet committed, and the blob stays for history.
                    var unchanged = string.Equals(WorkingTreeFile.GitBlobId(onDisk), file.Blob.Sha, StringComparison.Ordinal);
                    if (!unchanged || done.Add(file.Blob))
                    {
                        Send(unchanged ? file.Blob : null, file.Path, file.Path, onDisk);
                    }

                    continue;
                }

                if (!done.Add(file.Blob))
                {
                    continue;
                }

                switch (ReadBlob(repo, file.Blob, settings.MaxBlobBytes, out var bytes))
                {
                    case BlobRead.Ok: Send(file.Blob, file.Path, file.Path, bytes!); break;
                    case BlobRead.Large: stats.Large++; break;
                    default: unreadable.Add(new UnreadableObject(file.Path, target.Sha, InTree: true)); break;
                }
            }

            var total = index.FirstSeen.Count;
            var count = 0;
            foreach (var (id, origin) in index.FirstSeen)
            {
                ct.ThrowIfCancellationRequested();
                if (++count % 200 == 0)
                {
                    progress.Report(new AuditProgress("secrets", $"scanning {count}/{total} file versions", (double)count / total));
                }

                if (!done.Add(id))
                {
                    continue;
                }

                switch (ReadBlob(repo, id, settings.MaxBlobBytes, out var bytes))
                {
                    case BlobRead.Ok: Send(id, origin.Path, null, bytes!); break;
                    case BlobRead.Large: stats.Large++; break;
                    default: unreadable.Add(new UnreadableObject(origin.Path, origin.Commit, InTree: false)); break;
                }
            }
        }
        finally
        {
            channel.Writer.Complete();
            Task.WaitAll(scanners, CancellationToken.None);
        }

        return new SecretScan([.. hits], stats, index.CommitCount, index.TreeFiles.Count, History: settings.History, IsGit: true)
        {
            Unreadable = unreadable,
            PartialClone = IsPartialClone(repo),
            Shallow = repo.Info.IsShallow,
        };
    }

    /// <summary>A clone made with <c>--filter</c> records where to fetch the objects it left out (a promisor remote).</summary>
    private static bool IsPartialClone(Repository repo) =>
        repo.Config.Get<string>("extensions.partialclone") is not null
        || repo.Config.Any(e => e.Key.StartsWith("remote.", StringComparison.Ordinal) && e.Key.EndsWith(".promisor", StringComparison.Ordinal)
            && string.Equals(e.Value, "true", StringComparison.OrdinalIgnoreCase));

    private static BlobRead ReadBlob(Repository repo, ObjectId id, long maxBytes, out byte[]? bytes)
    {
        bytes = null;
        try
        {
            var blob = repo.Lookup<Blob>(id);
            if (blob is null)
            {
                return BlobRead.Missing;
            }

            if (blob.Size > maxBytes)
            {
                return BlobRead.Large;
            }

            using var stream = blob.GetContentStream();
            bytes = new byte[blob.Size];
            stream.ReadExactly(bytes);
            return BlobRead.Ok;
        }
        catch (LibGit2SharpException)
        {
            return BlobRead.Missing;
        }
        catch (EndOfStreamException)
        {
            return BlobRead.Missing;
        }
    }

    private enum BlobRead
    {
        Ok,
        Large,
        Missing,
    }

    /// <summary>One text to scan: its blob (null for a working-tree change not committed), the path rules see, and its tree path if in the audited tree.</summary>
    private sealed record ScanItem(ObjectId? Blob, string Path, string? TreePath, string Text);
}
