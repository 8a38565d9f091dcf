using Plumbline.Checks.Audit;
using Plumbline.Checks.Repo;
using Plumbline.Testing.Git;

namespace Plumbline.Checks.Tests.Repo;

public sealed class RepoCollectorTests
{
    [Fact]
    public void A_repository_is_read_from_its_index_so_untracked_and_ignored_files_are_left_out()
    {
        using var repo = GitRepoBuilder.Init()
            .WithFile(".gitignore", "secret.txt\n")
            .WithFile("src/app.js", "console.log(1);\n")
            .Commit("first");
        repo.WithFile("secret.txt", "nope").WithFile("untracked.js", "x");

        var snapshot = Fixture.Snapshot(repo.Path);

        snapshot.Source.ShouldBe(RepoSource.GitIndex);
        snapshot.Files.Select(f => f.Path).ShouldBe([".gitignore", "src/app.js"]);
        snapshot.Find("src/app.js")!.Text.ShouldBe("console.log(1);\n");
    }

    [Fact]
    public void Rev_reads_an_older_commit_from_the_object_database_without_checking_it_out()
    {
        using var repo = GitRepoBuilder.Init().WithFile("a.txt", "old\n").Commit("one").Tag("v1");
        repo.WithFile("a.txt", "new\n").WithFile("b.txt", "b\n").Commit("two");

        var snapshot = Fixture.Snapshot(repo.Path, rev: "v1");

        snapshot.Source.ShouldBe(RepoSource.GitCommit);
        snapshot.Files.Select(f => f.Path).ShouldBe(["a.txt"]);
        snapshot.Find("a.txt")!.Text.ShouldBe("old\n");
        File.ReadAllText(Path.Combine(repo.Path, "a.txt")).ShouldBe("new\n");
    }

    [Fact]
    public void An_unknown_rev_is_a_collection_error_naming_it()
    {
        using var repo = GitRepoBuilder.Init().WithFile("a.txt", "a").Commit("one");

        var ex = Should.Throw<RepoCollectionException>(() => Fixture.Snapshot(repo.Path, rev: "no-such-branch"));

        ex.Message.ShouldContain("no-such-branch");
    }

    [Fact]
    public void A_plain_folder_is_walked_honouring_gitignore_files_at_every_level()
    {
        using var folder = new TempFolder()
            .WriteFile(".gitignore", "*.log\nbuild/\n!keep.log\n")
            .WriteFile("app.py", "print(1)\n")
            .WriteFile("debug.log", "x")
            .WriteFile("keep.log", "x")
            .WriteFile("build/out.js", "x")
            .WriteFile("sub/.gitignore", "local.txt\n")
            .WriteFile("sub/local.txt", "x")
            .WriteFile("sub/other.txt", "x");

        var snapshot = Fixture.Snapshot(folder.Path);

        snapshot.Source.ShouldBe(RepoSource.FileSystem);
        snapshot.IsGitRepository.ShouldBeFalse();
        snapshot.Files.Select(f => f.Path).ShouldBe([".gitignore", "app.py", "keep.log", "sub/.gitignore", "sub/other.txt"]);
    }

    [Fact]
    public void Symlinks_are_recorded_and_never_followed_so_loops_and_escapes_are_harmless()
    {
        using var outside = new TempFolder().WriteFile("secret.txt", "outside the tree");
        using var folder = new TempFolder().WriteFile("a.txt", "a");
        File.CreateSymbolicLink(folder.Full("escape.txt"), outside.Full("secret.txt"));
        Directory.CreateSymbolicLink(folder.Full("loop"), folder.Path);

        var snapshot = Fixture.Snapshot(folder.Path);

        snapshot.Find("escape.txt")!.Kind.ShouldBe(FileKind.Symlink);
        snapshot.Find("escape.txt")!.Text.ShouldBeNull();
        snapshot.Find("loop")!.Kind.ShouldBe(FileKind.Symlink);
        snapshot.Files.Count.ShouldBe(3);
    }

    [Fact]
    public void Large_binary_vendored_and_invalid_utf8_files_are_counted_not_read_and_noted()
    {
        using var repo = GitRepoBuilder.Init()
            .WithFile("big.txt", new string('x', 2048))
            .WithBytes("tool.bin", [1, 0, 2, 0])
            .WithFile("node_modules/lib/index.js", "module.exports = 1;\n")
            .WithBytes("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A])
            .Commit("files");

        var snapshot = Fixture.Snapshot(repo.Path, settings: RepoSettings.Default with { MaxReadBytes = 1024 });

        snapshot.Find("big.txt")!.Kind.ShouldBe(FileKind.TooLarge);
        snapshot.Find("tool.bin")!.Kind.ShouldBe(FileKind.Binary);
        snapshot.Find("node_modules/lib/index.js")!.Kind.ShouldBe(FileKind.Vendored);
        snapshot.Find("latin1.txt")!.InvalidUtf8.ShouldBeTrue();
        snapshot.Find("latin1.txt")!.Text.ShouldBe("caf\uFFFD\n");
        snapshot.Notes.ShouldContain(n => n.Contains("over 1 KiB"));
        snapshot.Notes.ShouldContain(n => n.Contains("vendored"));
        snapshot.Notes.ShouldContain(n => n.Contains("not valid UTF-8"));
        // One file of a kind is worded as one.
        snapshot.Notes.ShouldContain("1 binary file was counted but not read.");
    }

    [Fact]
    public void Text_files_are_counted_while_read_and_their_text_is_read_again_only_when_asked_for()
    {
        using var repo = GitRepoBuilder.Init()
            .WithBytes("app.py", [0xEF, 0xBB, 0xBF, .. "# hello\nimport os\n\nprint(os.environ['PORT'])\n"u8])
            .Commit("files");

        var snapshot = Fixture.Snapshot(repo.Path);
        var file = snapshot.Find("app.py")!;

        file.Facts!.Language!.Name.ShouldBe("Python");
        file.Facts.Lines.ShouldBe(new Plumbline.Checks.Repo.Inventory.LineCounts(2, 1, 1));
        file.MayContain(ContentProbe.Unittest).ShouldBeFalse();
        file.MayContainAny(ContentProbe.EnvReads).ShouldBeTrue();
        // Read from the working tree on first use, decoded the same way: no byte-order mark.
        file.Text.ShouldBe("# hello\nimport os\n\nprint(os.environ['PORT'])\n");
    }

    [Fact]
    public void A_file_deleted_after_collection_reads_as_empty_text_rather_than_failing_a_check()
    {
        using var repo = GitRepoBuilder.Init().WithFile("notes.md", "# Notes\n").Commit("files");
        var snapshot = Fixture.Snapshot(repo.Path);

        File.Delete(Path.Combine(repo.Path, "notes.md"));

        snapshot.Find("notes.md")!.Text.ShouldBe(string.Empty);
        // What was counted while it was there stays counted.
        snapshot.Find("notes.md")!.Facts!.Lines.Code.ShouldBe(1);
    }

    [Fact]
    public void Excluded_paths_from_the_configuration_are_left_out()
    {
        using var repo = Fixture.Repo(new Dictionary<string, string> { ["src/a.cs"] = "class A {}", ["legacy/old.cs"] = "class B {}", ["docs/x.md"] = "# x" });

        var snapshot = Fixture.Snapshot(repo.Path, new AuditConfig { Exclude = ["legacy/**", "*.md"] });

        snapshot.Files.Select(f => f.Path).ShouldBe(["src/a.cs"]);
    }

    [Fact]
    public void A_repository_without_commits_is_audited_from_its_folder_and_says_so()
    {
        using var repo = GitRepoBuilder.Init().WithFile("app.js", "x\n");

        var snapshot = Fixture.Snapshot(repo.Path);

        snapshot.IsRepositoryWithoutCommits.ShouldBeTrue();
        snapshot.History.ShouldBeNull();
        snapshot.Files.Select(f => f.Path).ShouldBe(["app.js"]);
        snapshot.Notes.ShouldContain(n => n.Contains("no commits"));
    }

    [Fact]
    public void History_counts_recent_commits_and_authors()
    {
        using var repo = GitRepoBuilder.Init()
            .WithFile("a", "1").Commit("old", author: "Ada", when: Fixture.Now.AddDays(-400))
            .WithFile("a", "2").Commit("recent", author: "Ada", when: Fixture.Now.AddDays(-10))
            .WithFile("a", "3").Commit("recent", author: "Grace", when: Fixture.Now.AddDays(-2));

        var history = Fixture.Snapshot(repo.Path).History!;

        history.CommitsLast90Days.ShouldBe(2);
        history.AuthorsLast90Days.ShouldBe(2);
        history.LastCommitAt.ShouldBe(Fixture.Now.AddDays(-2));
    }
}
