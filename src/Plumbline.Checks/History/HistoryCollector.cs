using System.Globalization;
using System.Text;
using Plumbline.Checks.Audit;

namespace Plumbline.Checks.History;

/// <summary>Reads a repository's history once, streaming <c>git log</c> into a <see cref="HistorySnapshot"/>.</summary>
internal static class HistoryCollector
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
        var root = context.Root;
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
        var root = context.Root;
        progress.Report(new AuditProgress("history", "listing files"));
        var tree = await ListTreeAsync(root, commit, ct).ConfigureAwait(false);
        if (tree is null)
        {
            return new Result(null, $"git could not list the files of commit {commit[..12]}");
        }

        var attributes = await ReadAttributesAsync(root, tree, ct).ConfigureAwait(false);
        classifier = classifier.With(attributes);
        var source = tree.Keys.Where(p => classifier.Classify(p) == PathClass.Source).ToList();
        var accumulator = new HistoryAccumulator(tree.Keys, source, now.AddMonths(-settings.HotspotMonths).ToUnixTimeSeconds(), settings.CouplingMaxFilesPerCommit);

        var args = new List<string>
        {
            "log", "-z", "--raw", "--numstat", "--no-merges", "-M", "--no-textconv", "--no-ext-diff", "--no-color",
            "--no-notes", "--no-abbrev", GitLogParser.Format,
        };
        if (settings.Since is { } since)
        {
            args.Add("--since=" + since.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        if (settings.Until is { } until)
        {
            args.Add("--until=" + until.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        args.Add(commit);
        args.Add("--");

        progress.Report(new AuditProgress("history", "reading history"));
        using (var git = GitCommand.Start(root, args))
        {
            var stderr = git.StandardError.ReadToEndAsync(ct);
            var parser = new GitLogParser(c =>
            {
                accumulator.Add(c);
                if (accumulator.Commits % 5000 == 0)
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

            if (git.ExitCode != 0)
            {
                return new Result(null, $"git log failed: {GitCommand.FirstLine(await stderr.ConfigureAwait(false))}");
            }
        }

        // A file whose newest change git diffed as binary is not code anyone authors.
        var all = accumulator.Files().ToList();
        var files = all.Where(f => !f.Binary).ToList();

        // Size is only needed where change frequency is: files changed in the hotspot period.
        progress.Report(new AuditProgress("history", "measuring hotspots"));
        var lines = await CountLinesAsync(root, files.Where(f => f.Recent > 0 && !f.Binary).Select(f => (f.Path, tree[f.Path])).ToList(), ct).ConfigureAwait(false);

        return new Result(new HistorySnapshot
        {
            Commit = commit,
            CommitCount = accumulator.Commits,
            NewestCommitTime = accumulator.NewestTime,
            Identities = accumulator.Identities(),
            Files = [.. files.Select(f => new FileHistory(f.Path, f.Creator, f.Changes, f.Recent, f.LastChange, lines.TryGetValue(f.Path, out var n) ? n : null)).OrderBy(f => f.Path, StringComparer.Ordinal)],
            Months = accumulator.Months(),
            Couplings = accumulator.Couplings(settings.CouplingMinSharedRevisions),
            SkippedFiles = tree.Count - source.Count + (all.Count - files.Count),
        }, null);
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

    // Blob ids of the regular files and symlinks at the commit (submodules are left out).
    private static async Task<Dictionary<string, string>?> ListTreeAsync(string root, string commit, CancellationToken ct)
    {
        using var git = GitCommand.Start(root, ["ls-tree", "-r", "-z", "--full-tree", commit]);
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

    // Streams blobs through one `git cat-file --batch` and counts newlines without keeping contents.
    private static async Task<Dictionary<string, int>> CountLinesAsync(string root, List<(string Path, string Blob)> files, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
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
        foreach (var (path, _) in files)
        {
            var header = await ReadLineAsync(stream, ct).ConfigureAwait(false);
            var parts = header?.Split(' ');
            if (parts is not { Length: 3 } || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var size))
            {
                continue;
            }

            long remaining = size;
            var lines = 0;
            var last = (byte)'\n';
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
            }

            await stream.ReadAsync(buffer.AsMemory(0, 1), ct).ConfigureAwait(false); // the newline after each blob
            counts[path] = lines + (size > 0 && last != (byte)'\n' ? 1 : 0);
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
}
