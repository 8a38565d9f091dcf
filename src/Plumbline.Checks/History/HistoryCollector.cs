using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Plumbline.Checks.Audit;

namespace Plumbline.Checks.History;

/// <summary>Reads a repository's history once, streaming <c>git log</c> into a <see cref="HistorySnapshot"/>.</summary>
internal static partial class HistoryCollector
{
    /// <summary>What collecting produced: a snapshot, or why there is none.</summary>
    /// <param name="Snapshot">The snapshot when history could be read.</param>
    /// <param name="Problem">Why not, in one sentence.</param>
    /// <param name="Empty">True when the repository simply has no commits (not applicable rather than inconclusive).</param>
    internal sealed record Result(HistorySnapshot? Snapshot, string? Problem, bool Empty = false);

    /// <summary>The audited commit and its committer date, or why there is none.</summary>
    internal sealed record Target(string? Commit, DateTimeOffset CommitTime, string? Problem, bool Empty = false);

    /// <summary>Resolves <c>--rev</c> (default <c>HEAD</c>) to a commit and reads its committer date.</summary>
    public static async Task<Target> ResolveAsync(AuditContext context, CancellationToken ct)
    {
        var root = context.RepositoryTop;
        var rev = string.IsNullOrWhiteSpace(context.Rev) ? "HEAD" : context.Rev!;
        if (rev.StartsWith('-'))
        {
            return new Target(null, default, $"the revision '{rev}' is not a commit, branch or tag name");
        }

        var (code, output, error) = await GitCommand.RunAsync(root, ["log", "-1", "--no-walk", "--format=%H %ct", "--end-of-options", rev + "^{commit}", "--"], ct).ConfigureAwait(false);
        var parts = output.Trim().Split(' ');
        if (code != 0 || parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            if (context.Rev is null)
            {
                var (headCode, _, headError) = await GitCommand.RunAsync(root, ["rev-parse", "--git-dir"], ct).ConfigureAwait(false);
                return headCode == 0
                    ? new Target(null, default, "the repository has no commits yet", Empty: true)
                    : new Target(null, default, $"git cannot read the repository: {GitCommand.FirstLine(headError)}");
            }

            return new Target(null, default, $"the revision '{rev}' was not found in the repository{(error.Length > 0 ? ": " + GitCommand.FirstLine(error) : string.Empty)}");
        }

        return new Target(parts[0], DateTimeOffset.FromUnixTimeSeconds(seconds), null);
    }

    /// <summary>Reads the history of <paramref name="commit"/>; <paramref name="now"/> places the hotspot period.</summary>
    public static async Task<Result> CollectAsync(AuditContext context, string commit, HistorySettings settings, DateTimeOffset now, PathClassifier classifier, IProgress<AuditProgress> progress, CancellationToken ct)
    {
        var root = context.RepositoryTop;
        var folder = context.PathInRepository;
        progress.Report(new AuditProgress("history", "listing files"));
        var tree = await ListTreeAsync(root, commit, folder, ct).ConfigureAwait(false);
        if (tree is null)
        {
            return new Result(null, folder.Length == 0
                ? $"git could not list the files of commit {commit[..12]}"
                : $"{folder}/ is not in commit {commit[..12]}");
        }

        var attributes = await ReadAttributesAsync(root, tree, ct).ConfigureAwait(false);
        classifier = classifier.With(attributes);
        var source = tree.Keys.Where(p => classifier.Classify(p) == PathClass.Source).ToList();
        var recentFrom = now.AddMonths(-settings.HotspotMonths).ToUnixTimeSeconds();

        // A partial clone (--filter=blob:none) has no file contents to diff, and git must not fetch them: read names
        // and exact renames only. The same when a full read fails on an object the clone lacks.
        var partial = (await GitCommand.RunAsync(root, ["config", "--get-regexp", @"^(extensions\.partialclone|remote\..*\.promisor)$"], ct).ConfigureAwait(false)).ExitCode == 0;
        var withContents = !partial;
        progress.Report(new AuditProgress("history", "reading history"));
        var (accumulator, problem) = await ReadLogAsync(root, folder, commit, settings, tree.Keys, source, recentFrom, withContents, progress, ct).ConfigureAwait(false);
        IReadOnlyList<string> unreadable = [];
        if (accumulator is null && UnreadableObject().IsMatch(problem ?? string.Empty))
        {
            // The clone lacks some objects (often a large binary left out by the mirror). Find them all, name the
            // paths that hold them, and read history again without those paths: one file inconclusive, not the stage.
            progress.Report(new AuditProgress("history", "finding objects the clone lacks"));
            var missing = await MissingObjectsAsync(root, commit, ct).ConfigureAwait(false);
            unreadable = missing.Count > 0 ? await PathsOfAsync(root, folder, commit, missing, ct).ConfigureAwait(false) : [];
            source = [.. source.Except(unreadable, StringComparer.Ordinal)];
            if (unreadable.Count > 0)
            {
                (accumulator, problem) = await ReadLogAsync(root, folder, commit, settings, tree.Keys, source, recentFrom, withContents, progress, ct, unreadable).ConfigureAwait(false);
            }

            if (accumulator is null)
            {
                withContents = false;
                progress.Report(new AuditProgress("history", "reading history again without file contents"));
                (accumulator, problem) = await ReadLogAsync(root, folder, commit, settings, tree.Keys, source, recentFrom, withContents, progress, ct).ConfigureAwait(false);
            }
        }

        if (accumulator is null)
        {
            return new Result(null, problem);
        }

        // A file whose newest change git diffed as binary is not code anyone authors.
        var all = accumulator.Files().ToList();
        var files = all.Where(f => !f.Binary).ToList();

        // Size is only needed where change frequency is: files changed in the hotspot period.
        progress.Report(new AuditProgress("history", "measuring hotspots"));
        var measured = await MeasureAsync(root, files.Where(f => f.Recent > 0 && !f.Binary).Select(f => (f.Path, tree[f.Path])).ToList(), progress, ct).ConfigureAwait(false);

        return new Result(new HistorySnapshot
        {
            Commit = commit,
            CommitCount = accumulator.Commits,
            NewestCommitTime = accumulator.NewestTime,
            Identities = accumulator.Identities(),
            Files = [.. files.Select(f => new FileHistory(f.Path, f.Creator, f.Changes, f.Recent, f.LastChange, measured.TryGetValue(f.Path, out var m) ? m.Lines : null) { Complexity = m.Complexity }).OrderBy(f => f.Path, StringComparer.Ordinal)],
            Months = accumulator.Months(),
            Couplings = accumulator.Couplings(settings.CouplingMinSharedRevisions),
            SkippedFiles = tree.Count - source.Count + (all.Count - files.Count),
            ContentsRead = withContents,
            PartialClone = partial,
            UnreadableObjects = unreadable,
        }, null);
    }

    // One pass of git log into a fresh accumulator; without contents, no numstat and only exact renames (-M100%
    // compares object ids, never reads a blob). With a folder, only the commits that changed it, paths relative to it.
    private static async Task<(HistoryAccumulator? Accumulator, string? Problem)> ReadLogAsync(
        string root, string folder, string commit, HistorySettings settings, IEnumerable<string> paths, IEnumerable<string> source, long recentFrom, bool withContents, IProgress<AuditProgress> progress, CancellationToken ct, IReadOnlyList<string>? leaveOut = null)
    {
        var accumulator = new HistoryAccumulator(paths, source, recentFrom, settings.CouplingMaxFilesPerCommit, withContents);
        var args = new List<string> { "log", "-z", "--raw" };
        args.AddRange(withContents ? ["--numstat", "-M"] : ["-M100%"]);
        args.AddRange(["--no-merges", "--no-textconv", "--no-ext-diff", "--no-color", "--no-notes", "--no-abbrev", GitLogParser.Format]);
        if (settings.Since is { } since)
        {
            args.Add("--since=" + since.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        if (settings.Until is { } until)
        {
            args.Add("--until=" + until.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        if (folder.Length > 0)
        {
            // Changes outside the folder are left out and paths are given relative to it (a file moved in from
            // elsewhere arrives as added: its earlier history is not the folder's). The slash keeps git from
            // taking "srcfoo/x" for a file of "src".
            args.Add("--relative=" + folder + "/");
        }

        if (leaveOut is { Count: > 0 } || folder.Length > 0)
        {
            // A pathspec would simplify history at merges; --full-history keeps every non-merge commit.
            args.Add("--full-history");
        }

        args.Add(commit);
        args.Add("--");
        args.AddRange(Pathspec(folder, leaveOut));

        using var git = GitCommand.Start(root, args);
        var stderr = git.StandardError.ReadToEndAsync(ct);
        var parser = new GitLogParser(c =>
        {
            accumulator.Add(c);
            if (accumulator.Commits % 500 == 0)
            {
                progress.Report(new AuditProgress("history", $"read {accumulator.Commits:N0} commits"));
            }
        });
        try
        {
            await parser.ParseAsync(git.StandardOutput.BaseStream, ct).ConfigureAwait(false);
            await git.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            git.Kill(entireProcessTree: true);
            throw;
        }

        var error = await stderr.ConfigureAwait(false);
        return git.ExitCode == 0 ? (accumulator, null) : (null, $"git log failed: {GitCommand.FirstLine(error)}");
    }

    // The paths git log reads: everything, or the audited folder; less the paths whose objects the clone lacks.
    private static IEnumerable<string> Pathspec(string folder, IReadOnlyList<string>? leaveOut)
    {
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        if (folder.Length > 0)
        {
            yield return ":(literal)" + folder;
        }
        else if (leaveOut is { Count: > 0 })
        {
            yield return ".";
        }

        foreach (var path in leaveOut ?? [])
        {
            yield return ":(exclude,literal)" + prefix + path;
        }
    }

    // Objects reachable from the commit that the repository does not have (rev-list marks them with '?').
    private static async Task<IReadOnlyList<string>> MissingObjectsAsync(string root, string commit, CancellationToken ct)
    {
        using var git = GitCommand.Start(root, ["rev-list", "--objects", "--missing=print", commit, "--"]);
        var stderr = git.StandardError.ReadToEndAsync(ct);
        var missing = new List<string>();
        while (await git.StandardOutput.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith('?'))
            {
                missing.Add(line[1..].Trim());
            }
        }

        await git.WaitForExitAsync(ct).ConfigureAwait(false);
        await stderr.ConfigureAwait(false);
        return missing;
    }

    // The paths at which the history holds objects git could not read, for the note that names them.
    private static async Task<IReadOnlyList<string>> PathsOfAsync(string root, string folder, string commit, IReadOnlyList<string> objects, CancellationToken ct)
    {
        var wanted = new HashSet<string>(objects, StringComparer.Ordinal);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        List<string> args = ["log", "--raw", "--no-renames", "--no-abbrev", "--no-merges", "--format="];
        if (folder.Length > 0)
        {
            args.AddRange(["--relative=" + folder + "/", "--full-history"]);
        }

        args.AddRange([commit, "--", .. Pathspec(folder, null)]);
        using var git = GitCommand.Start(root, args);
        var stderr = git.StandardError.ReadToEndAsync(ct);
        while (await git.StandardOutput.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            // ":100644 100644 <old> <new> M\tpath"
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var fields = tab > 0 ? line[..tab].Split(' ') : [];
            if (fields.Length >= 4 && (wanted.Contains(fields[2]) || wanted.Contains(fields[3])))
            {
                found.Add(line[(tab + 1)..]);
            }
        }

        await git.WaitForExitAsync(ct).ConfigureAwait(false);
        await stderr.ConfigureAwait(false);
        return [.. found];
    }

    // The linguist-* attributes of the .gitattributes files at the commit (read from the commit, not a work tree).
    private static async Task<LinguistAttributes> ReadAttributesAsync(string root, Dictionary<string, string> tree, CancellationToken ct)
    {
        var files = new List<(string Folder, string Text)>();
        foreach (var (path, blob) in tree.Where(t => t.Key == ".gitattributes" || t.Key.EndsWith("/.gitattributes", StringComparison.Ordinal)))
        {
            var (code, text, _) = await GitCommand.RunAsync(root, ["cat-file", "blob", blob], ct).ConfigureAwait(false);
            if (code == 0)
            {
                files.Add((path[..^".gitattributes".Length], text));
            }
        }

        return files.Count == 0 ? LinguistAttributes.None : new LinguistAttributes(files);
    }

    // Blob ids of the regular files and symlinks at the commit (submodules are left out); with a folder, of the files
    // under it, paths relative to it (null when the commit has no such folder).
    private static async Task<Dictionary<string, string>?> ListTreeAsync(string root, string commit, string folder, CancellationToken ct)
    {
        using var git = GitCommand.Start(root, ["ls-tree", "-r", "-z", "--full-tree", folder.Length == 0 ? commit : $"{commit}:{folder}"]);
        var stderr = git.StandardError.ReadToEndAsync(ct);
        var text = await git.StandardOutput.ReadToEndAsync(ct).ConfigureAwait(false);
        await git.WaitForExitAsync(ct).ConfigureAwait(false);
        await stderr.ConfigureAwait(false);
        if (git.ExitCode != 0)
        {
            return null;
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in text.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object>\t<path>"
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var meta = entry[..tab].Split(' ');
            if (meta.Length == 3 && meta[1] == "blob" && meta[0] != "120000")
            {
                files[entry[(tab + 1)..]] = meta[2];
            }
        }

        return files;
    }

    // Streams blobs through one `git cat-file --batch` and counts newlines; only the source files whose functions are
    // measured (hotspots weigh change by complexity) are kept in memory, one at a time.
    private static async Task<Dictionary<string, (int Lines, (int Total, int Max)? Complexity)>> MeasureAsync(string root, List<(string Path, string Blob)> files, IProgress<AuditProgress> progress, CancellationToken ct)
    {
        var counts = new Dictionary<string, (int, (int, int)?)>(StringComparer.Ordinal);
        if (files.Count == 0)
        {
            return counts;
        }

        using var git = GitCommand.Start(root, ["cat-file", "--batch"], redirectInput: true);
        var stderr = git.StandardError.ReadToEndAsync(ct);
        var writer = Task.Run(
            async () =>
            {
                var input = git.StandardInput;
                foreach (var (_, blob) in files)
                {
                    await input.WriteAsync((blob + "\n").AsMemory(), ct).ConfigureAwait(false);
                }

                input.Close();
            },
            ct);

        var stream = new BufferedStream(git.StandardOutput.BaseStream, 1 << 16);
        var buffer = new byte[1 << 16];
        var done = 0;
        foreach (var (path, _) in files)
        {
            if (++done % 200 == 0)
            {
                progress.Report(new AuditProgress("history", $"measuring hotspots: {done:N0} of {files.Count:N0} files", (double)done / files.Count));
            }

            var header = await ReadLineAsync(stream, ct).ConfigureAwait(false);
            var parts = header?.Split(' ');
            if (parts is not { Length: 3 } || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var size))
            {
                continue;
            }

            long remaining = size;
            var lines = 0;
            var last = (byte)'\n';
            var keep = Complexity.ComplexityLanguages.For(path) is not null && size <= Complexity.ComplexityMeter.MaxChars ? new MemoryStream((int)size) : null;
            while (remaining > 0)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), ct).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
                remaining -= read;
                keep?.Write(buffer, 0, read);
            }

            await stream.ReadAsync(buffer.AsMemory(0, 1), ct).ConfigureAwait(false); // the newline after each blob
            var measured = keep is null ? null : Complexity.ComplexityMeter.Measure(path, Encoding.UTF8.GetString(keep.GetBuffer(), 0, (int)keep.Length));
            counts[path] = (lines + (size > 0 && last != (byte)'\n' ? 1 : 0), measured is null ? null : (measured.Total, measured.Max));
        }

        await writer.ConfigureAwait(false);
        await git.WaitForExitAsync(ct).ConfigureAwait(false);
        await stderr.ConfigureAwait(false);
        return counts;
    }

    private static async Task<string?> ReadLineAsync(Stream stream, CancellationToken ct)
    {
        var bytes = new List<byte>(64);
        var one = new byte[1];
        while (await stream.ReadAsync(one, ct).ConfigureAwait(false) == 1)
        {
            if (one[0] == (byte)'\n')
            {
                return Encoding.UTF8.GetString([.. bytes]);
            }

            bytes.Add(one[0]);
        }

        return bytes.Count > 0 ? Encoding.UTF8.GetString([.. bytes]) : null;
    }

    [GeneratedRegex(@"(?:unable to read|missing blob|could not read|bad object|missing object)\s+'?([0-9a-f]{40,64})", RegexOptions.CultureInvariant)]
    private static partial Regex UnreadableObject();
}
