using Plumbline.Checks.Repo;
using Plumbline.Testing.Git;

namespace Plumbline.Checks.Tests.Repo;

/// <summary>Asks git itself (<c>git check-ignore</c>) about the same files and .gitignore files, and requires
/// <see cref="GitIgnore"/> to give git's answer for every path: git is the oracle, not a restatement of our rules.</summary>
public sealed class GitIgnoreOracleTests
{
    private static readonly (string Folder, string Text)[] IgnoreFiles =
    [
        (string.Empty, "# build output\nbuild/\n*.log\n!keep.log\n/root-only.txt\nsecrets/*.env\n!secrets/example.env\n**/cache\ndocs/**/draft-*\nnode_modules\n.env\n.env.*\n!.env.example\n*.py[co]\nfile?.tmp\n\\#hash\nspaced.txt   \n"),
        ("app", "local/\n!important.log\n/config.yml\n*.bak\n**/tmp/**\nx/**/y\n*.[!c]s\nout/\n!out/\n"),
        ("app/deep", "*\n!*.md\n"),
    ];

    private static readonly string[] Files =
    [
        "build/out.bin", "src/build/x.o", "src/build", "error.log", "keep.log", "logs/keep.log", "logs/app.log",
        "root-only.txt", "sub/root-only.txt", "secrets/prod.env", "secrets/example.env", "secrets/nested/prod.env",
        "a/cache/blob", "cache/blob", "docs/x/y/draft-1.md", "docs/draft-2.md", "docs/final.md",
        "node_modules/left-pad/index.js", "web/node_modules/x.js", ".env", ".env.local", ".env.example", "app/.env",
        "mod.pyc", "mod.pyo", "mod.py", "file1.tmp", "file10.tmp", "#hash", "spaced.txt",
        "app/local/notes.txt", "app/important.log", "app/other.log", "app/config.yml", "app/sub/config.yml",
        "app/x.bak", "app/deep/readme.md", "app/deep/code.cs", "app/deep/inner/readme.md", "src/main.cs",
        "app/a/tmp/t.txt", "app/tmp", "app/x/y", "app/x/q/r/y", "app/x/z", "app/main.js", "app/main.cs", "app/out/o.txt",
    ];

    /// <summary>Paths in <see cref="Files"/> that are folders.</summary>
    private static readonly HashSet<string> Directories = ["src/build", "app/tmp"];

    [Fact]
    public void Every_path_is_ignored_exactly_when_git_check_ignore_says_so()
    {
        using var repo = GitRepoBuilder.Init();
        var ignore = new GitIgnore();
        foreach (var (folder, text) in IgnoreFiles)
        {
            Directory.CreateDirectory(Path.Combine(repo.Path, folder));
            File.WriteAllText(Path.Combine(repo.Path, folder, ".gitignore"), text);
            ignore.Add(folder, text);
        }

        foreach (var file in Files.Where(f => !Directories.Contains(f)))
        {
            var full = Path.Combine(repo.Path, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, "x");
        }

        foreach (var folder in Directories)
        {
            Directory.CreateDirectory(Path.Combine(repo.Path, folder));
            File.WriteAllText(Path.Combine(repo.Path, folder, "inside.txt"), "x");
        }

        var git = GitAnswers(repo, Files);
        var differences = Files
            .Where(f => Ours(ignore, f) != git[f])
            .Select(f => $"{f}: git says {(git[f] ? "ignored" : "not ignored")}, GitIgnore says {(git[f] ? "not ignored" : "ignored")}")
            .ToList();

        differences.ShouldBeEmpty(string.Join(Environment.NewLine, differences));
        git.Values.Count(v => v).ShouldBeGreaterThan(10, "the fixture should exercise many ignore rules");
        git.Values.Count(v => !v).ShouldBeGreaterThan(10, "and many paths that stay");
    }

    // A folder is asked about as a folder (rules ending in '/' apply to it), and so is each of its parents.
    private static bool Ours(GitIgnore ignore, string path)
    {
        if (!Directories.Contains(path))
        {
            return ignore.IsIgnoredWithParents(path);
        }

        var parts = path.Split('/');
        return Enumerable.Range(1, parts.Length).Any(n => ignore.IsIgnored(string.Join('/', parts[..n]), isDirectory: true));
    }

    /// <summary>git's verdict per path: <c>-v --non-matching</c> prints the deciding pattern (or none) for every path.</summary>
    private static Dictionary<string, bool> GitAnswers(GitRepoBuilder repo, IReadOnlyList<string> paths)
    {
        var output = GitRepoBuilder.Run(repo.Path, ["check-ignore", "--no-index", "-v", "--non-matching", .. paths]);
        var answers = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var source = line[..tab];
            var path = line[(tab + 1)..];
            var pattern = source.Length == 0 ? string.Empty : source[(source.IndexOf(':', source.IndexOf(':', StringComparison.Ordinal) + 1) + 1)..];
            answers[path] = pattern.Length > 0 && !pattern.StartsWith('!');
        }

        return answers;
    }
}
