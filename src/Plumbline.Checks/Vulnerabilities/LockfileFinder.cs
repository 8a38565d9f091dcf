using System.Text;
using LibGit2Sharp;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Vulnerabilities.Lockfiles;

namespace Plumbline.Checks.Vulnerabilities;

/// <summary>Finds the lockfiles of a target: the files git tracks when it is a repository (at the audited revision
/// when one is given), otherwise a walk of the folder that skips installed dependencies and build output.
/// Never follows symbolic links, never runs anything from the target.</summary>
internal static class LockfileFinder
{
    /// <summary>Lockfiles larger than this are reported as unreadable rather than loaded.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private const string AssetsPath = "obj/project.assets.json";

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        ".git", "node_modules", "bower_components", "jspm_packages", "vendor", ".venv", "venv", "__pycache__", ".tox",
        "target", "bin", "obj", ".yarn", ".pnpm-store", ".gradle", ".terraform",
    };

    // Unreadable folders are skipped rather than failing the whole listing.
    private static readonly EnumerationOptions Options = new() { IgnoreInaccessible = true, AttributesToSkip = 0 };

    public static IReadOnlyList<FoundLockfile> Find(AuditContext context) => Find(context, null);

    /// <summary>The same listing for other readers: the files whose root-relative path <paramref name="wanted"/> accepts
    /// (the end-of-life stage reads version files, Dockerfiles and manifests this way). Null means the lockfiles.
    /// Paths are relative to the audited folder, which may be a folder inside a repository.</summary>
    public static IReadOnlyList<FoundLockfile> Find(AuditContext context, Func<string, bool>? wanted)
    {
        var excluded = new ExcludeList(context.Config.Exclude);
        var reads = wanted ?? (path => LockfileParsers.Reads(FileName(path)));
        var found = context.IsGitRepository
            ? FromGit(context.RepositoryTop, context.Root, context.PathInRepository, context.Rev, reads, wanted is null)
            : FromWalk(context.Root, reads, wanted is null);
        return [.. found
            .Where(f => !excluded.Matches(f.Path) && !Folders(f.Path).Any(SkippedFolders.Contains))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    // top is the repository's work tree, root the audited folder in it and folder its path there (empty at the top).
    private static List<FoundLockfile> FromGit(string top, string root, string folder, string? rev, Func<string, bool> reads, bool restoreOutput)
    {
        using var repo = new Repository(top);
        var list = new List<FoundLockfile>();
        // With no index (a clone whose checkout failed), the working tree is not the commit's: read HEAD's tree instead.
        if (rev is not null || (repo.Index.Count == 0 && repo.Head.Tip is not null))
        {
            var named = rev ?? "HEAD";
            var commit = repo.Lookup<Commit>(named) ?? throw new ArgumentException($"revision '{named}' not found in {top}");
            var tree = folder.Length == 0 ? commit.Tree : commit[folder]?.Target as Tree ?? throw new ArgumentException($"{folder}/ is not in revision '{named}' of {top}");
            Walk(tree, string.Empty, list, reads);
            return list;
        }

        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        foreach (var entry in repo.Index)
        {
            var tracked = entry.Path.Replace('\\', '/');
            if (!tracked.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var path = tracked[prefix.Length..];
            if (entry.Mode is not (Mode.NonExecutableFile or Mode.ExecutableFile) || !reads(path)) continue;
            var full = Path.Combine(root, path);
            var info = new FileInfo(full);
            if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) continue;
            list.Add(info.Length > MaxBytes ? FoundLockfile.TooLarge(path, info.Length) : Read(path, info));
            if (restoreOutput && MsBuildProjects.IsProject(FileName(path)))
            {
                AddRestoreOutput(root, path[..(path.Length - FileName(path).Length)], list);
            }
        }

        return [.. list.DistinctBy(f => f.Path)];
    }

    /// <summary>NuGet's restore output is never committed, but when the working tree has it, it is the project's
    /// resolved graph, transitive packages included.</summary>
    private static void AddRestoreOutput(string root, string folderPrefix, List<FoundLockfile> list)
    {
        var path = folderPrefix + AssetsPath;
        var info = new FileInfo(Path.Combine(root, path));
        if (info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint) && !info.Directory!.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            list.Add(info.Length > MaxBytes ? FoundLockfile.TooLarge(path, info.Length) : Read(path, info));
        }
    }

    /// <summary>The folders a path lies in; the obj folder of NuGet's restore output is not counted as skipped.</summary>
    private static IEnumerable<string> Folders(string path)
    {
        var folders = path.Split('/').SkipLast(1);
        return path == AssetsPath || path.EndsWith("/" + AssetsPath, StringComparison.Ordinal) ? folders.SkipLast(1) : folders;
    }

    // A clone can lack a blob (a partial clone, or a copy without its largest files): that file is named, not fatal.
    private static FoundLockfile ReadBlob(string path, Blob blob)
    {
        try
        {
            return blob.Size > MaxBytes ? FoundLockfile.TooLarge(path, blob.Size) : new FoundLockfile(path, blob.GetContentText(Encoding.UTF8), null);
        }
        catch (LibGit2SharpException)
        {
            return new FoundLockfile(path, null, "its content is missing from the clone's object store");
        }
    }

    private static void Walk(Tree tree, string prefix, List<FoundLockfile> list, Func<string, bool> reads)
    {
        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                if (!SkippedFolders.Contains(entry.Name)) Walk((Tree)entry.Target, path + "/", list, reads);
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob && entry.Mode is (Mode.NonExecutableFile or Mode.ExecutableFile) && reads(path))
            {
                list.Add(ReadBlob(path, (Blob)entry.Target));
            }
        }
    }

    private static List<FoundLockfile> FromWalk(string root, Func<string, bool> reads, bool restoreOutput)
    {
        var list = new List<FoundLockfile>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var dir in Directory.EnumerateDirectories(folder, "*", Options))
            {
                var info = new DirectoryInfo(dir);
                if (!info.Attributes.HasFlag(FileAttributes.ReparsePoint) && !SkippedFolders.Contains(info.Name)) pending.Push(dir);
                if (restoreOutput && info.Name == "obj" && !info.Attributes.HasFlag(FileAttributes.ReparsePoint)) AddRestoreOutput(root, Prefix(root, folder), list);
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", Options))
            {
                var info = new FileInfo(file);
                if (info.Attributes.HasFlag(FileAttributes.ReparsePoint)) continue;
                var path = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!reads(path)) continue;
                list.Add(info.Length > MaxBytes ? FoundLockfile.TooLarge(path, info.Length) : Read(path, info));
            }
        }

        return list;
    }

    /// <summary>A named pipe reports no length and would block a read, so a file of no length is read as empty without opening it.</summary>
    private static FoundLockfile Read(string path, FileInfo info) =>
        info.Length == 0 ? new FoundLockfile(path, string.Empty, null) : new FoundLockfile(path, File.ReadAllText(info.FullName, Encoding.UTF8), null);

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Prefix(string root, string folder) =>
        folder == root ? string.Empty : Path.GetRelativePath(root, folder).Replace('\\', '/') + "/";
}

/// <summary>A lockfile found in the target, with its text, or why it was not read.</summary>
internal sealed record FoundLockfile(string Path, string? Text, string? Problem)
{
    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];

    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : string.Empty;

    public static FoundLockfile TooLarge(string path, long bytes) =>
        new(path, null, $"the file is {bytes} bytes, over the {LockfileFinder.MaxBytes}-byte limit for lockfiles");
}
