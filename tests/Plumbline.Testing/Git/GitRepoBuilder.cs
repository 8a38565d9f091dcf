using System.Diagnostics;
using System.Globalization;

namespace Plumbline.Testing.Git;

/// <summary>Builds real git repositories in temp folders with the git CLI: files, commits with a given
/// author and date, branches, deletions. Isolated from the user's and system's git configuration.</summary>
/// <example><code>
/// using var repo = GitRepoBuilder.Init()
///     .WithFile("README.md", "# Demo")
///     .Commit("Initial commit", author: "Ada", when: new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
/// </code></example>
public sealed class GitRepoBuilder : IDisposable
{
    /// <summary>The author used when none is given.</summary>
    public const string DefaultAuthor = "Test Author";

    /// <summary>The date used for the first commit when none is given; later ones add a day each.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder;
    private DateTimeOffset _nextDate = DefaultStart;

    private GitRepoBuilder(TempFolder folder)
    {
        _folder = folder;
    }

    /// <summary>The working folder of the repository.</summary>
    public string Path => _folder.Path;

    /// <summary>Creates an empty repository (no commits) whose first branch is <paramref name="branch"/>.</summary>
    public static GitRepoBuilder Init(string branch = "main")
    {
        var builder = new GitRepoBuilder(new TempFolder("plumb-repo"));
        builder.Git("init", "-q", "-b", branch);
        return builder;
    }

    /// <summary>Writes a text file in the working tree (not yet committed).</summary>
    public GitRepoBuilder WithFile(string relativePath, string content)
    {
        _folder.WriteFile(relativePath, content);
        return this;
    }

    /// <summary>Writes a binary file in the working tree (not yet committed).</summary>
    public GitRepoBuilder WithBytes(string relativePath, byte[] content)
    {
        _folder.WriteBytes(relativePath, content);
        return this;
    }

    /// <summary>Removes a file from the working tree (the next commit records the deletion).</summary>
    public GitRepoBuilder Delete(string relativePath)
    {
        File.Delete(_folder.Full(relativePath));
        return this;
    }

    /// <summary>Stages everything and commits. Dates default to one day after the previous commit.</summary>
    public GitRepoBuilder Commit(string message, string author = DefaultAuthor, string? email = null, DateTimeOffset? when = null)
    {
        var date = when ?? _nextDate;
        _nextDate = date.AddDays(1);
        Git("add", "-A");
        var stamp = date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var mail = email ?? $"{new string(author.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant()}@example.com";
        RunGit(
            ["-c", $"user.name={author}", "-c", $"user.email={mail}", "commit", "-q", "--allow-empty", "--no-verify", "-m", message],
            new Dictionary<string, string>
            {
                ["GIT_AUTHOR_DATE"] = stamp,
                ["GIT_COMMITTER_DATE"] = stamp,
                ["GIT_COMMITTER_NAME"] = author,
                ["GIT_COMMITTER_EMAIL"] = mail,
            });
        return this;
    }

    /// <summary>Creates a branch at the current commit and switches to it.</summary>
    public GitRepoBuilder Branch(string name)
    {
        Git("checkout", "-q", "-b", name);
        return this;
    }

    /// <summary>Switches to an existing branch.</summary>
    public GitRepoBuilder Checkout(string name)
    {
        Git("checkout", "-q", name);
        return this;
    }

    /// <summary>Creates a lightweight tag at the current commit.</summary>
    public GitRepoBuilder Tag(string name)
    {
        Git("tag", name);
        return this;
    }

    /// <summary>The full id of HEAD.</summary>
    public string Head => Git("rev-parse", "HEAD").Trim();

    /// <summary>Runs git in the repository and returns its standard output; throws with stderr when it fails.</summary>
    public string Git(params string[] args) => RunGit(args, null);

    private string RunGit(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? env) => Run(Path, args, env);

    /// <summary>Runs git in a folder, isolated from global and system configuration; throws on failure.</summary>
    public static string Run(string workingDirectory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("commit.gpgsign=false");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("core.hooksPath=/dev/null");
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        psi.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        psi.Environment["GIT_TERMINAL_PROMPT"] = "0";
        if (env is not null)
        {
            foreach (var (k, v) in env)
            {
                psi.Environment[k] = v;
            }
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start git");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}");
        }

        return stdout.Result;
    }

    public void Dispose() => _folder.Dispose();
}
