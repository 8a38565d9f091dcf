using System.Diagnostics;
using LibGit2Sharp;

namespace Plumbline.Checks.Audit;

/// <summary>The folder to audit: the user's own folder, or a temporary clone of a git URL that is removed on dispose.</summary>
public sealed class AuditTarget : IDisposable
{
    private readonly string? _cloneRoot;

    private AuditTarget(string root, string displayName, bool isGit, string? cloneRoot)
    {
        Root = root;
        DisplayName = displayName;
        IsGitRepository = isGit;
        RepositoryTop = root;
        _cloneRoot = cloneRoot;
    }

    /// <summary>The folder to read.</summary>
    public string Root { get; }

    /// <summary>The target as the user gave it.</summary>
    public string DisplayName { get; }

    /// <summary>True when <see cref="Root"/> is the top of a git repository (or a bare clone), or a folder inside one
    /// (<see cref="PathInRepository"/> is then not empty).</summary>
    public bool IsGitRepository { get; }

    /// <summary>The top of the repository <see cref="Root"/> is in; <see cref="Root"/> itself for a repository's top or a plain folder.</summary>
    public string RepositoryTop { get; private init; }

    /// <summary>Where <see cref="Root"/> lies in its repository (<c>src/api</c>, '/' separated); empty at the top.</summary>
    public string PathInRepository { get; private init; } = string.Empty;

    /// <summary>What the report says was audited: the target as given, or for a folder inside a repository, that
    /// folder of the repository with the history of that path.</summary>
    public string Description => PathInRepository.Length == 0
        ? DisplayName
        : $"{PathInRepository}/ of the repository at {RepositoryTop}, with the history of that path";

    /// <summary>True for git URLs: http(s), ssh, git and scp-like user@host:path.</summary>
    public static bool LooksLikeUrl(string target) =>
        target.Contains("://", StringComparison.Ordinal) || target.StartsWith("ext::", StringComparison.OrdinalIgnoreCase)
        || (target.Contains('@', StringComparison.Ordinal) && target.Contains(':', StringComparison.Ordinal) && !Directory.Exists(target));

    /// <summary>Resolves a local folder or clones a URL. The error, when there is one, names the target and what to do.</summary>
    public static (AuditTarget? Target, string? Error) Open(string target, TimeSpan cloneTimeout, CancellationToken cancellationToken = default)
    {
        return LooksLikeUrl(target) ? Clone(target, cloneTimeout, cancellationToken) : Local(target);
    }

    private static (AuditTarget?, string?) Local(string target)
    {
        if (File.Exists(target))
        {
            return (null, $"{target}: is a file; give the folder of the repository to audit");
        }

        if (!Directory.Exists(target))
        {
            return (null, $"{target}: no such folder; check the path (or give a git URL)");
        }

        var root = Path.GetFullPath(target);
        try
        {
            if (!Directory.EnumerateFileSystemEntries(root).Any())
            {
                return (null, $"{target}: the folder is empty; there is nothing to audit");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{target}: cannot read the folder ({ex.Message})");
        }

        var isGit = Directory.Exists(Path.Combine(root, ".git")) || File.Exists(Path.Combine(root, ".git"));
        if (!isGit && EnclosingRepository(root) is var (top, prefix))
        {
            return (new AuditTarget(root, target, true, null) { RepositoryTop = top, PathInRepository = prefix }, null);
        }

        return (new AuditTarget(root, target, isGit, null), null);
    }

    /// <summary>The work tree <paramref name="folder"/> lies inside and its path there, when git tracks files under it.
    /// The folders above are looked at for a <c>.git</c> entry (the nearest wins, so a submodule's folder belongs to the
    /// submodule); a folder git tracks nothing in (build output, an ignored folder) is not part of the repository.</summary>
    private static (string Top, string Prefix)? EnclosingRepository(string folder)
    {
        for (var dir = Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (!Path.Exists(Path.Combine(dir, ".git")))
            {
                continue;
            }

            var prefix = Path.GetRelativePath(dir, folder).Replace('\\', '/').Trim('/');
            if (prefix.Split('/')[0] == ".git")
            {
                return null;
            }

            try
            {
                using var repo = new Repository(dir);
                var top = Path.GetFullPath(repo.Info.WorkingDirectory ?? string.Empty).TrimEnd(Path.DirectorySeparatorChar);
                var tracked = string.Equals(top, dir.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)
                    && (repo.Index.Any(e => e.Path.StartsWith(prefix + "/", StringComparison.Ordinal)) || repo.Head?.Tip?[prefix]?.TargetType == TreeEntryTargetType.Tree);
                return tracked ? (top, prefix) : null;
            }
            catch (LibGit2SharpException)
            {
                return null;
            }
        }

        return null;
    }

    private static (AuditTarget?, string?) Clone(string url, TimeSpan timeout, CancellationToken ct)
    {
        var lower = url.ToLowerInvariant();
        if (lower.StartsWith("file://", StringComparison.Ordinal) || lower.StartsWith("ext::", StringComparison.Ordinal) || lower.Contains("::", StringComparison.Ordinal))
        {
            return (null, $"{url}: file:// and ext:: transports are refused; give a local path or an https/ssh URL");
        }

        if (url.StartsWith('-'))
        {
            return (null, $"{url}: not a git URL");
        }

        var temp = Path.Combine(Path.GetTempPath(), $"plumb-clone-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        var dest = Path.Combine(temp, "repo");
        var psi = new ProcessStartInfo("git") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[]
        {
            "-c", "core.hooksPath=/dev/null", "-c", "protocol.file.allow=never", "-c", "protocol.ext.allow=never", "-c", "core.fsmonitor=false",
            "clone", "--no-checkout", "--no-recurse-submodules", "--quiet", "--", url, dest,
        })
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["GIT_TERMINAL_PROMPT"] = "0";
        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        psi.Environment["GIT_ASKPASS"] = "/bin/false";
        try
        {
            using var process = Process.Start(psi)!;
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Cleanup(temp);
                return (null, $"{url}: cloning took longer than {timeout.TotalSeconds:0} seconds; check the URL and network");
            }

            if (process.ExitCode != 0)
            {
                Cleanup(temp);
                return (null, $"{url}: cannot clone ({CloneFailure(stderr.Result)}); check the URL and that it is reachable");
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            Cleanup(temp);
            return (null, $"{url}: cannot run git to clone it ({ex.Message}); install git or clone it yourself and give the folder");
        }

        // --no-checkout leaves an empty working tree; the collector reads HEAD's tree from the object database.
        var ok = Repository.IsValid(dest);
        return ok ? (new AuditTarget(dest, url, true, temp), null) : (null, $"{url}: the clone is not a readable repository");
    }

    /// <summary>git's reason for a failed clone, from its standard error. git puts the cause first (ssh's
    /// "Could not resolve hostname", "Permission denied (publickey)", "Repository not found") and closes with general
    /// advice ("Please make sure you have the correct access rights and the repository exists."), which says nothing.</summary>
    public static string CloneFailure(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("Cloning into", StringComparison.Ordinal) && !l.StartsWith("warning:", StringComparison.Ordinal)
                && !l.StartsWith("Please make sure", StringComparison.Ordinal) && !l.StartsWith("and the repository exists", StringComparison.Ordinal))
            .ToList();
        // "fatal: Could not read from remote repository." only repeats that the line before it failed.
        var cause = lines.FirstOrDefault(l => !l.StartsWith("fatal: Could not read from remote repository", StringComparison.Ordinal)) ?? lines.FirstOrDefault();
        return cause is null ? "git clone failed" : cause.StartsWith("fatal: ", StringComparison.Ordinal) ? cause["fatal: ".Length..] : cause;
    }

    /// <summary>Null when the revision exists; otherwise one line saying what is wrong.</summary>
    public string? CheckRev(string rev)
    {
        if (!Repository.IsValid(RepositoryTop))
        {
            return $"--rev {rev}: {DisplayName} is not a git repository";
        }

        using var repo = new Repository(RepositoryTop);
        try
        {
            var commit = repo.Lookup(rev)?.Peel<Commit>();
            if (commit is null)
            {
                return $"--rev {rev}: no such commit, branch or tag in {DisplayName}";
            }

            return PathInRepository.Length > 0 && commit[PathInRepository]?.TargetType != TreeEntryTargetType.Tree
                ? $"--rev {rev}: {PathInRepository}/ does not exist at that revision of the repository at {RepositoryTop}; give a revision that has it"
                : null;
        }
        catch (LibGit2SharpException)
        {
            return $"--rev {rev}: no such commit, branch or tag in {DisplayName}";
        }
    }

    /// <summary>True when the audit should read a commit rather than the working tree (clones have none).</summary>
    public bool IsClone => _cloneRoot is not null;

    public void Dispose()
    {
        if (_cloneRoot is not null)
        {
            Cleanup(_cloneRoot);
        }
    }

    private static void Cleanup(string path)
    {
        try
        {
            foreach (var f in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            {
                File.SetAttributes(f, FileAttributes.Normal);
            }

            Directory.Delete(path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not worth failing the audit for; the OS cleans temp.
        }
    }
}
