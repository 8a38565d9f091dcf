using LibGit2Sharp;
using Plumbline.Checks.Audit;

namespace Plumbline.Checks.Secrets;

/// <summary>Every unique blob of a repository with where it first appeared, and the blobs of the audited tree.</summary>
/// <remarks>Commits of all refs are walked oldest to newest (parents before children); a tree already
/// walked at the same path is skipped, so the walk costs one visit per distinct (tree, path), not
/// one per file per commit. Symlinks and submodules are not followed. Nothing from the target runs.</remarks>
internal sealed class GitBlobIndex
{
    private GitBlobIndex(Dictionary<ObjectId, BlobOrigin> firstSeen, Dictionary<ObjectId, string> treeBlobs, int commits)
    {
        FirstSeen = firstSeen;
        TreeBlobs = treeBlobs;
        CommitCount = commits;
    }

    /// <summary>Each unique blob and where it was introduced.</summary>
    public IReadOnlyDictionary<ObjectId, BlobOrigin> FirstSeen { get; }

    /// <summary>The blobs of the audited tree (HEAD or the requested revision) with their first path there.</summary>
    public IReadOnlyDictionary<ObjectId, string> TreeBlobs { get; }

    /// <summary>How many commits were walked.</summary>
    public int CommitCount { get; }

    public static GitBlobIndex Build(Repository repo, Commit target, bool history, ExcludeList exclude, CancellationToken cancellationToken)
    {
        var firstSeen = new Dictionary<ObjectId, BlobOrigin>();
        var treeBlobs = new Dictionary<ObjectId, string>();
        var seenTrees = new HashSet<(ObjectId, string)>();
        Walk(target.Tree, exclude, new HashSet<(ObjectId, string)>(), (id, path) => treeBlobs.TryAdd(id, path));

        var commits = history ? AllCommits(repo, target) : [target];
        var order = 0;
        foreach (var commit in commits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = order++;
            BlobOrigin? origin = null;
            Walk(commit.Tree, exclude, seenTrees, (id, path) =>
            {
                if (!firstSeen.ContainsKey(id))
                {
                    origin ??= new BlobOrigin(commit.Sha, path, commit.Author.Name, commit.Author.When, index);
                    firstSeen[id] = origin with { Path = path };
                }
            });
        }

        return new GitBlobIndex(firstSeen, treeBlobs, order);
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

    private static void Walk(Tree root, ExcludeList exclude, HashSet<(ObjectId, string)> seenTrees, Action<ObjectId, string> onBlob)
    {
        var stack = new Stack<(Tree Tree, string Prefix)>();
        if (seenTrees.Add((root.Id, string.Empty)))
        {
            stack.Push((root, string.Empty));
        }

        while (stack.Count > 0)
        {
            var (tree, prefix) = stack.Pop();
            foreach (var entry in tree)
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
