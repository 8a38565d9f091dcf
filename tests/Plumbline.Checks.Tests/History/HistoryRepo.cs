using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.History;

namespace Plumbline.Checks.Tests.History;

/// <summary>A throwaway git repository in a temp folder, built with the git CLI: each commit names its author
/// ("Name &lt;email&gt;") and date, so tests can work authorship out by hand.</summary>
internal sealed class HistoryRepo : IDisposable
{
    public HistoryRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "plumbline-history-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Git(null, null, "init", "-q", "-b", "main");
    }

    public string Root { get; }

    /// <summary>Writes files (path, lines) and commits them as the author at the date (UTC noon).</summary>
    public HistoryRepo Commit(string author, string date, params (string Path, int Lines)[] files)
    {
        foreach (var (path, lines) in files)
        {
            Write(path, lines);
        }

        return CommitAll(author, date);
    }

    /// <summary>Writes a file whose every line is unique (so git never sees two files as copies).</summary>
    public HistoryRepo Write(string path, int lines)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllLines(full, Enumerable.Range(0, lines).Select(i => $"{path} line {i} {Guid.NewGuid():N}"));
        return this;
    }

    /// <summary>Changes one line of a file, keeping its length (so a rename is still detected as one).</summary>
    public HistoryRepo Touch(string path)
    {
        var full = Path.Combine(Root, path);
        var lines = File.ReadAllLines(full);
        lines[0] = $"{path} edited {Guid.NewGuid():N}";
        File.WriteAllLines(full, lines);
        return this;
    }

    public HistoryRepo Modify(string author, string date, params string[] paths)
    {
        foreach (var p in paths)
        {
            Touch(p);
        }

        return CommitAll(author, date);
    }

    public HistoryRepo Rename(string author, string date, string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Root, to))!);
        Git(null, null, "mv", from, to);
        return CommitAll(author, date);
    }

    public HistoryRepo Delete(string author, string date, string path)
    {
        Git(null, null, "rm", "-q", path);
        return CommitAll(author, date);
    }

    public HistoryRepo CommitAll(string author, string date)
    {
        Git(null, null, "add", "-A");
        Git(author, date, "commit", "-q", "--allow-empty", "-m", $"change by {author} on {date}");
        return this;
    }

    public string Head() => Git(null, null, "rev-parse", "HEAD").Trim();

    public string Git(string? author, string? date, params string[] args)
    {
        var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Root };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        var (name, email) = Split(author ?? "Test Setup <setup@example.test>");
        var when = (date ?? "2020-01-01") + "T12:00:00Z";
        info.Environment["GIT_AUTHOR_NAME"] = name;
        info.Environment["GIT_AUTHOR_EMAIL"] = email;
        info.Environment["GIT_COMMITTER_NAME"] = name;
        info.Environment["GIT_COMMITTER_EMAIL"] = email;
        info.Environment["GIT_AUTHOR_DATE"] = when;
        info.Environment["GIT_COMMITTER_DATE"] = when;
        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        }

        return output;
    }

    /// <summary>Runs the history stage with the clock at <paramref name="now"/>.</summary>
    public Task<StageResult> AuditAsync(string now, AuditConfig? config = null, string? rev = null, bool isGit = true)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var context = new AuditContext(Root, "test-repo", config ?? AuditConfig.Empty, time) { Rev = rev, IsGitRepository = isGit };
        return new HistoryStage().RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
    }

    public void Dispose()
    {
        try
        {
            foreach (var f in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(f, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }

    private static (string Name, string Email) Split(string author)
    {
        var lt = author.IndexOf('<', StringComparison.Ordinal);
        return (author[..lt].Trim(), author[(lt + 1)..].TrimEnd('>', ' '));
    }
}
