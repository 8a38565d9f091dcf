using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Text;
using LibGit2Sharp;
using Plumbline.Checks.Audit;

namespace Plumbline.Checks.Repo;

/// <summary>Reads a target into a <see cref="RepoSnapshot"/> without running anything from it: tracked files from the
/// git index (or a commit's tree, read from the object database), or a .gitignore-aware walk of a plain folder.
/// No checkout, no filters, no hooks, no submodule recursion; symlinks are recorded, never followed.</summary>
public static class RepoCollector
{
    /// <summary>At most this many commits are walked for activity.</summary>
    public const int MaxCommitsWalked = 20_000;

    private const int BinarySniffBytes = 8000;

    /// <summary>Files read between progress reports; the display decides how often a line is shown.</summary>
    internal const int ProgressEvery = 200;

    // Invalid bytes become replacement characters; the file is flagged as not valid UTF-8.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Collects the snapshot; an unknown <see cref="AuditContext.Rev"/> throws <see cref="RepoCollectionException"/>.</summary>
    public static RepoSnapshot Collect(AuditContext context, RepoSettings settings, IProgress<AuditProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(context.Root);
        var notes = new List<string>();
        var now = context.Time.GetUtcNow();
        RepoSnapshot snapshot;
        if (context.IsSubfolder)
        {
            // A folder inside a repository: its tracked files (or its tree at the revision), paths relative to it.
            using var top = new Repository(context.RepositoryTop);
            snapshot = FromRepository(top, root, context, settings, notes, now, progress, cancellationToken);
        }
        else if (MayBeRepository(root) && OpensAt(root, out var repo))
        {
            using (repo)
            {
                snapshot = FromRepository(repo!, root, context, settings, notes, now, progress, cancellationToken);
            }
        }
        else
        {
            if (context.Rev is not null)
            {
                throw new RepoCollectionException($"--rev {context.Rev}: {context.DisplayName} is not a git repository");
            }

            var files = ReadWhileWalking(root, new ExcludeList(context.Config.Exclude), settings, context, progress, cancellationToken);
            snapshot = new RepoSnapshot(context.DisplayName, RepoSource.FileSystem, files, null, now);
        }

        AddNotes(snapshot.Files, settings, notes);
        return snapshot with { Notes = notes, Settings = settings };
    }

    // Only a repository whose top is the audited folder is used (see OpensAt), so a folder with neither a .git entry
    // nor a bare repository's layout is plain, and libgit2 (some tens of milliseconds to load) is not needed.
    private static bool MayBeRepository(string root) =>
        Path.Exists(Path.Combine(root, ".git")) || (File.Exists(Path.Combine(root, "HEAD")) && Directory.Exists(Path.Combine(root, "objects")));

    // Opened at the folder itself: only a repository whose top is the folder is used, so there is nothing to look for in
    // the folders above it (Repository.Discover, which did, also returns no path in the native build).
    private static bool OpensAt(string root, out Repository? repo)
    {
        repo = null;
        try
        {
            var r = new Repository(root);
            var top = r.Info.IsBare ? Path.GetFullPath(r.Info.Path) : Path.GetFullPath(r.Info.WorkingDirectory);
            // Only a repository whose top is the audited folder (or a bare clone at it) is used; a folder inside
            // someone else's repository is audited as a plain folder.
            if (string.Equals(top.TrimEnd('/'), root.TrimEnd('/'), StringComparison.Ordinal)
                || string.Equals(Path.GetFullPath(r.Info.Path).TrimEnd('/'), root.TrimEnd('/'), StringComparison.Ordinal))
            {
                repo = r;
                return true;
            }

            r.Dispose();
            return false;
        }
        catch (RepositoryNotFoundException)
        {
            return false;
        }
    }

    private static RepoSnapshot FromRepository(
        Repository repo, string root, AuditContext context, RepoSettings settings, List<string> notes, DateTimeOffset now,
        IProgress<AuditProgress>? progress, CancellationToken ct)
    {
        var exclude = new ExcludeList(context.Config.Exclude);
        Commit? commit;
        if (context.Rev is { } rev)
        {
            commit = Resolve(repo, rev) ?? throw new RepoCollectionException($"--rev {rev}: no such commit, branch or tag in {context.DisplayName}");
        }
        else
        {
            commit = repo.Head?.Tip;
        }

        var prefix = context.IsSubfolder ? context.PathInRepository + "/" : string.Empty;
        var history = commit is null ? null : History(repo, commit, now, context.PathInRepository);
        var noCommits = repo.Head?.Tip is null;
        if (context.Rev is null && !repo.Info.IsBare && repo.Index.Count > 0)
        {
            var entries = new List<Entry>();
            foreach (var entry in repo.Index)
            {
                var path = entry.Path.Replace('\\', '/');
                if (!path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                path = path[prefix.Length..];
                if (exclude.Matches(path))
                {
                    continue;
                }

                FileKind? kind = entry.Mode switch
                {
                    Mode.SymbolicLink => FileKind.Symlink,
                    Mode.GitLink => FileKind.Submodule,
                    _ => null,
                };
                entries.Add(new Entry(path, kind, null));
            }

            var files = ReadFromDisk(root, entries, entries.Count, settings, context, progress, ct);
            return new RepoSnapshot(context.DisplayName, RepoSource.GitIndex, files, history, now) { IsRepositoryWithoutCommits = noCommits };
        }

        if (commit is null)
        {
            // No commits and nothing staged: audit what is in the folder, honouring .gitignore.
            notes.Add("The repository has no commits yet; the files in its folder were audited.");
            var files = repo.Info.IsBare ? [] : ReadWhileWalking(root, exclude, settings, context, progress, ct);
            return new RepoSnapshot(context.DisplayName, RepoSource.FileSystem, files, null, now) { IsRepositoryWithoutCommits = true };
        }

        var tree = context.IsSubfolder ? commit[context.PathInRepository]?.Target as Tree : commit.Tree;
        if (tree is null)
        {
            throw new RepoCollectionException(context.Rev is { } at
                ? $"--rev {at}: {prefix} does not exist at that revision of the repository at {context.RepositoryTop}; give a revision that has it"
                : $"{context.DisplayName}: {prefix} is not in the last commit of the repository at {context.RepositoryTop}");
        }

        var fromTree = ReadTree(tree, exclude, settings, context, progress, ct);
        return new RepoSnapshot(context.DisplayName, RepoSource.GitCommit, fromTree, history, now);
    }

    private static Commit? Resolve(Repository repo, string rev)
    {
        try
        {
            return repo.Lookup(rev)?.Peel<Commit>();
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    /// <summary>How recent and how active: of the whole repository, or with <paramref name="path"/>, of the commits that
    /// changed that folder (its last change is then its last commit).</summary>
    private static RepoHistory History(Repository repo, Commit head, DateTimeOffset now, string path)
    {
        var since = now.AddDays(-90);
        var walked = 0;
        var recent = 0;
        DateTimeOffset? last = path.Length == 0 ? head.Committer.When : null;
        var oldest = head.Committer.When;
        var authors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var filter = new CommitFilter { IncludeReachableFrom = head, SortBy = CommitSortStrategies.Time };
        foreach (var c in repo.Commits.QueryBy(filter))
        {
            if (++walked > MaxCommitsWalked)
            {
                walked--;
                break;
            }

            oldest = c.Committer.When;
            if (path.Length > 0 && !Changes(c, path))
            {
                continue;
            }

            last ??= c.Committer.When;
            if (c.Committer.When >= since && c.Committer.When <= now.AddDays(1))
            {
                recent++;
                authors.Add(c.Author.Email ?? c.Author.Name);
            }
            else if (c.Committer.When < since)
            {
                // Sorted by time: everything after is older.
                break;
            }
        }

        // A folder unchanged in all the commits walked was last changed no later than the oldest of them.
        return new RepoHistory(head.Sha, last ?? oldest, recent, authors.Count, walked);
    }

    /// <summary>True when the commit changed the folder at <paramref name="path"/>: its tree there differs from every
    /// parent's (a merge that kept one side's folder changed nothing, as git log's simplification has it).</summary>
    private static bool Changes(Commit commit, string path)
    {
        var mine = commit[path]?.Target.Id;
        var parents = commit.Parents.ToList();
        return parents.Count == 0 ? mine is not null : parents.TrueForAll(p => p[path]?.Target.Id != mine);
    }

    private static List<RepoFile> ReadTree(Tree tree, ExcludeList exclude, RepoSettings settings, AuditContext context, IProgress<AuditProgress>? progress, CancellationToken ct)
    {
        var files = new List<RepoFile>();
        var stack = new Stack<(Tree Tree, string Prefix)>();
        stack.Push((tree, string.Empty));
        while (stack.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            var (current, prefix) = stack.Pop();
            foreach (var entry in current)
            {
                var path = prefix + entry.Name;
                if (exclude.Matches(path))
                {
                    continue;
                }

                switch (entry.TargetType)
                {
                    case TreeEntryTargetType.Tree:
                        stack.Push(((Tree)entry.Target, path + "/"));
                        break;
                    case TreeEntryTargetType.GitLink:
                        files.Add(new RepoFile(path, 0, FileKind.Submodule));
                        break;
                    case TreeEntryTargetType.Blob:
                        var blob = (Blob)entry.Target;
                        if (entry.Mode == Mode.SymbolicLink)
                        {
                            files.Add(new RepoFile(path, blob.Size, FileKind.Symlink));
                            break;
                        }

                        files.Add(Classify(path, blob.Size, settings, into =>
                        {
                            // The raw object: no filters, smudge or text conversion run.
                            using var stream = blob.GetContentStream();
                            return ReadAll(stream, into);
                        }, load: null));
                        if (files.Count % ProgressEvery == 0)
                        {
                            progress?.Report(new AuditProgress("repo", $"reading {context.DisplayName}: {files.Count:N0} files"));
                        }

                        break;
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>Walks a plain folder, honouring .gitignore files, and hands each entry to <paramref name="found"/>.</summary>
    private static void WalkFolder(string root, ExcludeList exclude, Action<Entry> found, CancellationToken ct)
    {
        var ignore = new GitIgnore();
        var pending = new Stack<string>();
        var children = new List<Child>();
        pending.Push(string.Empty);
        while (pending.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            var rel = pending.Pop();
            var dir = rel.Length == 0 ? root : Path.Combine(root, rel);
            children.Clear();
            try
            {
                children.AddRange(new FileSystemEnumerable<Child>(dir, Child.Of, Listing));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                found(new Entry(rel.Length == 0 ? "." : rel, FileKind.Unreadable, null));
                continue;
            }

            // The folder's own .gitignore applies to its entries, so it is read before they are filtered.
            if (children.Exists(c => c.Name == ".gitignore" && c.Kind == ChildKind.File))
            {
                try
                {
                    ignore.Add(rel, File.ReadAllText(Path.Combine(dir, ".gitignore")));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // An unreadable .gitignore only means less is ignored.
                }
            }

            foreach (var child in children)
            {
                var path = rel.Length == 0 ? child.Name : rel + "/" + child.Name;
                if (child.Name == ".git" || exclude.Matches(path) || ignore.IsIgnored(path, child.Kind == ChildKind.Folder))
                {
                    continue;
                }

                switch (child.Kind)
                {
                    case ChildKind.Link:
                        // Never followed: this is how loops and escapes from the tree are avoided.
                        found(new Entry(path, FileKind.Symlink, null));
                        break;
                    case ChildKind.Folder:
                        pending.Push(path);
                        break;
                    default:
                        found(new Entry(path, null, child.Size));
                        break;
                }
            }
        }
    }

    // Hidden (dot) files are listed too, and an unreadable folder throws rather than being skipped silently.
    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private enum ChildKind
    {
        File,
        Folder,
        Link,
    }

    /// <summary>One entry of a folder listing, taken from the listing and one lstat (no FileSystemInfo, no readlink).</summary>
    /// <remarks>A class, like <see cref="Entry"/>: the framework's collections and parallel loops come precompiled for
    /// classes, while each of them over a struct of ours is compiled on first use (about 100 methods for these two).</remarks>
    private sealed record Child(string Name, ChildKind Kind, long Size)
    {
        public static Child Of(ref FileSystemEntry entry)
        {
            // Attributes and Length share one cached lstat; a link to a folder is a link, not a folder.
            var kind = (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? ChildKind.Link : entry.IsDirectory ? ChildKind.Folder : ChildKind.File;
            return new Child(entry.FileName.ToString(), kind, kind == ChildKind.File ? entry.Length : 0);
        }
    }

    // total is null while a walk is still finding the files.
    private static List<RepoFile> ReadFromDisk(
        string root, IEnumerable<Entry> entries, int? total, RepoSettings settings, AuditContext context, IProgress<AuditProgress>? progress, CancellationToken ct)
    {
        var linkedFolders = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var read = new List<RepoFile>();
        var done = 0;
        // Not buffered: entries may still be arriving from the walk, and each is worth reading as soon as it is found.
        // Each reader keeps its own list, joined at the end: one shared list behind a lock made the readers wait on
        // each other for every file.
        Parallel.ForEach(
            Partitioner.Create(entries, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { CancellationToken = ct },
            () => new List<RepoFile>(),
            (entry, _, mine) =>
            {
                if (ReadOne(root, entry, settings, linkedFolders) is { } file)
                {
                    mine.Add(file);
                }

                var n = Interlocked.Increment(ref done);
                if (n % ProgressEvery == 0)
                {
                    progress?.Report(total is { } all
                        ? new AuditProgress("repo", $"reading {context.DisplayName}: {n:N0} of {all:N0} files", (double)n / all)
                        : new AuditProgress("repo", $"reading {context.DisplayName}: {n:N0} files"));
                }

                return mine;
            },
            mine =>
            {
                lock (read)
                {
                    read.AddRange(mine);
                }
            });
        read.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return read;
    }

    /// <summary>Reads a plain folder while walking it: the walk (one thread, a folder's .gitignore before its entries)
    /// hands each file to the readers as soon as it is found, so listing folders and reading files overlap.</summary>
    private static List<RepoFile> ReadWhileWalking(string root, ExcludeList exclude, RepoSettings settings, AuditContext context, IProgress<AuditProgress>? progress, CancellationToken ct)
    {
        using var found = new BlockingCollection<Entry>();
        // A thread of its own: the pool's threads are busy reading (and waiting for entries), and a queued walk would
        // wait some 50 ms for the pool to add a thread.
        var walk = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    WalkFolder(root, exclude, found.Add, ct);
                }
                finally
                {
                    found.CompleteAdding();
                }
            },
            ct,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var files = ReadFromDisk(root, found.GetConsumingEnumerable(ct), null, settings, context, progress, ct);
        walk.GetAwaiter().GetResult();
        return files;
    }

    private static RepoFile? ReadOne(string root, Entry entry, RepoSettings settings, ConcurrentDictionary<string, bool> linkedFolders)
    {
        var (path, known, walkedSize) = entry;
        if (known is FileKind.Submodule or FileKind.Unreadable)
        {
            return new RepoFile(path, 0, known.Value);
        }

        var full = Path.Combine(root, path);
        if (walkedSize is { } size)
        {
            // Found by the walk: a regular file, not under a symlinked folder (the walk follows none), size known.
            return Classify(path, size, settings, into => ReadFile(full, into), () => ReadText(full, size));
        }

        try
        {
            if (UnderLinkedFolder(root, path, linkedFolders))
            {
                // A tracked path reached through a symlinked folder would leave the tree.
                return new RepoFile(path, 0, FileKind.Symlink);
            }

            // One lstat tells a link, a missing file and a regular file apart (reading LinkTarget costs a readlink per file).
            var info = new FileInfo(full);
            var attributes = info.Attributes;
            var missing = (int)attributes == -1;
            if (known == FileKind.Symlink || (!missing && (attributes & FileAttributes.ReparsePoint) != 0))
            {
                return new RepoFile(path, info.LinkTarget?.Length ?? 0, FileKind.Symlink);
            }

            if (missing || !info.Exists)
            {
                // Tracked but deleted in the working tree: not there to audit.
                return null;
            }

            var length = info.Length;
            return Classify(path, length, settings, into => ReadFile(full, into), () => ReadText(full, length));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new RepoFile(path, 0, FileKind.Unreadable) { Problem = ex.Message };
        }
    }

    private static bool UnderLinkedFolder(string root, string path, ConcurrentDictionary<string, bool> cache)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        var folder = path[..slash];
        return cache.GetOrAdd(folder, f => UnderLinkedFolder(root, f, cache) || new DirectoryInfo(Path.Combine(root, f)).LinkTarget is not null);
    }

    /// <summary>A path to read: its kind when already known (a symlink, a submodule), and its size when the walk saw it.</summary>
    private sealed record Entry(string Path, FileKind? Kind, long? Size);

    /// <summary>Fills <paramref name="into"/> with the first bytes of a file and returns how many it read.</summary>
    private delegate int ReadInto(Span<byte> into);

    private static int ReadFile(string full, Span<byte> into)
    {
        if (LinuxFile.IsSupported)
        {
            return LinuxFile.Read(full, into);
        }

        // Unbuffered: the bytes go straight into the pooled array.
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        return ReadAll(stream, into);
    }

    private static int ReadAll(Stream stream, Span<byte> into)
    {
        var total = 0;
        int n;
        while (total < into.Length && (n = stream.Read(into[total..])) > 0)
        {
            total += n;
        }

        return total;
    }

    // load reads the text again when a check asks for it; null when it cannot (a commit's tree), and the text is kept instead.
    private static RepoFile Classify(string path, long size, RepoSettings settings, ReadInto read, Func<string>? load)
    {
        if (FileClassifier.IsVendored(path))
        {
            return new RepoFile(path, size, FileKind.Vendored);
        }

        if (FileClassifier.HasBinaryExtension(path))
        {
            return new RepoFile(path, size, FileKind.Binary);
        }

        if (size > settings.MaxReadBytes)
        {
            return new RepoFile(path, size, FileKind.TooLarge);
        }

        // Pooled arrays: the text is looked at once, while in hand, and kept only when it cannot be read again.
        // Keeping every file's text (twice its size in UTF-16) cost more than reading and counting it.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, Array.MaxLength));
        try
        {
            return Decode(path, size, buffer, read, load);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static RepoFile Decode(string path, long size, byte[] buffer, ReadInto read, Func<string>? load)
    {
        int length;
        try
        {
            length = read(buffer.AsSpan(0, (int)Math.Min(size, buffer.Length)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LibGit2SharpException)
        {
            return new RepoFile(path, size, FileKind.Unreadable) { Problem = ex.Message };
        }

        var span = buffer.AsSpan(0, length);
        if (span[..Math.Min(span.Length, BinarySniffBytes)].Contains((byte)0))
        {
            return new RepoFile(path, size, FileKind.Binary);
        }

        span = WithoutBom(span);
        var chars = ArrayPool<char>.Shared.Rent(Utf8.GetMaxCharCount(span.Length));
        try
        {
            var text = chars.AsSpan(0, Utf8.GetChars(span, chars));
            return new RepoFile(path, size, FileKind.Text)
            {
                Facts = TextFacts.Of(path, span, text),
                InvalidUtf8 = !System.Text.Unicode.Utf8.IsValid(span),
                Text = load is null ? text.ToString() : null,
                Load = load,
            };
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The text of a file in the working tree, decoded as <see cref="Decode"/> does; empty when it can no longer be read.</summary>
    private static string ReadText(string full, long size)
    {
        // Read the way the collector read it (no links followed, no waiting on a pipe), up to the size it counted.
        try
        {
            var bytes = new byte[(int)Math.Min(size, Array.MaxLength)];
            return Utf8.GetString(WithoutBom(bytes.AsSpan(0, ReadFile(full, bytes))));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static Span<byte> WithoutBom(Span<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    private static void AddNotes(IReadOnlyList<RepoFile> files, RepoSettings settings, List<string> notes)
    {
        // One sentence per kind of file left unread, worded for one file or for several.
        void Note(int n, string one, string many)
        {
            if (n > 0)
            {
                notes.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, n == 1 ? one : many, n));
            }
        }

        int Count(FileKind kind) => files.Count(f => f.Kind == kind);
        var kib = settings.MaxReadBytes / 1024;
        Note(Count(FileKind.Vendored), "{0} vendored file (node_modules, vendor, ...) was counted but not read.", "{0} vendored files (node_modules, vendor, ...) were counted but not read.");
        Note(Count(FileKind.Binary), "{0} binary file was counted but not read.", "{0} binary files were counted but not read.");
        Note(Count(FileKind.TooLarge), $"{{0}} file over {kib} KiB was counted but not read.", $"{{0}} files over {kib} KiB were counted but not read.");
        Note(Count(FileKind.Symlink), "{0} symbolic link was recorded and not followed.", "{0} symbolic links were recorded and not followed.");
        Note(Count(FileKind.Submodule), "{0} submodule was not recursed into.", "{0} submodules were not recursed into.");
        Note(Count(FileKind.Unreadable), "{0} file could not be read.", "{0} files could not be read.");
        Note(
            files.Count(f => f.InvalidUtf8),
            "{0} file is not valid UTF-8; it was read with replacement characters.",
            "{0} files are not valid UTF-8; they were read with replacement characters.");
    }
}
