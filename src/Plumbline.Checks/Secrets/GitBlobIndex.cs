using LibGit2Sharp;
using Plumbline.Checks.Audit;

namespace Plumbline.Checks.Secrets;

/// <summary>Every unique blob of a repository with where it first appeared, and the files of the audited tree.</summary>
/// <remarks>Commits of all refs are walked oldest to newest (parents before children); a tree already
/// walked at the same path is skipped, so the walk costs one visit per distinct (tree, path), not
/// one per file per commit. Symlinks and submodules are not followed. Nothing from the target runs.
/// A tree or commit missing from the object store (partial or damaged clone) is recorded, never skipped silently.</remarks>
internal sealed class GitBlobIndex
{
    /// <summary>Commits walked between progress reports.</summary>
    internal const int ProgressEvery = 500;

    private GitBlobIndex(Dictionary<ObjectId, BlobOrigin> firstSeen, List<TreeFile> treeFiles, List<UnreadableObject> unreadable, int commits)
    {
        FirstSeen = firstSeen;
        TreeFiles = treeFiles;
        Unreadable = unreadable;
        CommitCount = commits;
    }

    /// <summary>Each unique blob and where it was introduced.</summary>
    public IReadOnlyDictionary<ObjectId, BlobOrigin> FirstSeen { get; }

    /// <summary>Every file of the audited tree (HEAD or the requested revision): its path and blob.</summary>
    public IReadOnlyList<TreeFile> TreeFiles { get; }

    /// <summary>Trees and commits that could not be read, so the files below them were not indexed.</summary>
    public IReadOnlyList<UnreadableObject> Unreadable { get; }

    /// <summary>How many commits were walked.</summary>
    public int CommitCount { get; }

    /// <summary>Indexes the blobs of every commit's tree, or with <paramref name="folder"/> (a path in the repository,
    /// empty for all of it) of that folder's tree only, paths relative to it: a commit without the folder adds nothing.</summary>
    public static GitBlobIndex Build(Repository repo, Commit target, bool history, ExcludeList exclude, string folder, IProgress<AuditProgress> progress, CancellationToken cancellationToken)
    {
        var firstSeen = new Dictionary<ObjectId, BlobOrigin>();
        var treeFiles = new List<TreeFile>();
        var unreadable = new List<UnreadableObject>();
        var seenTrees = new HashSet<(ObjectId, string)>();
        Walk(TreeOf(target, folder), exclude, [], (id, path) => treeFiles.Add(new TreeFile(path, id)), p => unreadable.Add(new UnreadableObject(p, target.Sha, InTree: true, IsFile: false)));

        var order = 0;
        try
        {
            foreach (var commit in history ? AllCommits(repo, target) : [target])
            {
                cancellationToken.ThrowIfCancellationRequested();
                var index = order++;
                if (order % ProgressEvery == 0)
                {
                    progress.Report(new AuditProgress("secrets", $"indexing history: {order:N0} commits"));
                }

                BlobOrigin? origin = null;
                Walk(TreeOf(commit, folder), exclude, seenTrees, (id, path) =>
                {
                    if (!firstSeen.ContainsKey(id))
                    {
                        origin ??= new BlobOrigin(commit.Sha, path, commit.Author.Name, commit.Author.When, index);
                        firstSeen[id] = origin with { Path = path };
                    }
                }, p => unreadable.Add(new UnreadableObject(p, commit.Sha, InTree: false, IsFile: false)));
            }
        }
        catch (LibGit2SharpException)
        {
            // A missing commit ends the walk; what was walked stays, and the gap is reported.
            unreadable.Add(new UnreadableObject("(commits older than the last one walked)", string.Empty, InTree: false, IsFile: false));
        }

        return new GitBlobIndex(firstSeen, treeFiles, unreadable, order);
    }

    private static IEnumerable<Commit> AllCommits(Repository repo, Commit target)
    {
        var starts = new List<Commit> { target };
        foreach (var reference in repo.Refs)
        {
            // Tags can point at trees or blobs; only commits start a walk.
            if (GitPeel.ToCommit(reference.ResolveToDirectReference()?.Target) is { } commit)
            {
                starts.Add(commit);
            }
        }

        return repo.Commits.QueryBy(new CommitFilter
        {
            IncludeReachableFrom = starts.DistinctBy(c => c.Id).ToList(),
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time | CommitSortStrategies.Reverse,
        });
    }

    // The commit's tree, or its folder's; null when the commit has no such folder.
    private static Tree? TreeOf(Commit commit, string folder) =>
        folder.Length == 0 ? commit.Tree : commit[folder]?.Target as Tree;

    private static void Walk(Tree? root, ExcludeList exclude, HashSet<(ObjectId, string)> seenTrees, Action<ObjectId, string> onBlob, Action<string> onUnreadable)
    {
        var stack = new Stack<(Tree Tree, string Prefix)>();
        if (root is not null && seenTrees.Add((root.Id, string.Empty)))
        {
            stack.Push((root, string.Empty));
        }

        while (stack.Count > 0)
        {
            var (tree, prefix) = stack.Pop();
            List<TreeEntry> entries;
            try
            {
                entries = [.. tree];
            }
            catch (LibGit2SharpException)
            {
                onUnreadable(prefix.Length == 0 ? "(root folder)" : prefix + "/");
                continue;
            }

            foreach (var entry in entries)
            {
                var path = prefix.Length == 0 ? entry.Name : $"{prefix}/{entry.Name}";
                if (exclude.Matches(path))
                {
                    continue;
                }

                switch (entry.TargetType)
                {
                    case TreeEntryTargetType.Tree when seenTrees.Add((entry.Target.Id, path)):
                        stack.Push(((Tree)entry.Target, path));
                        break;
                    case TreeEntryTargetType.Blob when entry.Mode is Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile:
                        onBlob(entry.Target.Id, path);
                        break;
                }
            }
        }
    }
}
