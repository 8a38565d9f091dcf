using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Runs;
using Plumbline.Checks.Vulnerabilities;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Model;
using Plumbline.Testing.Git;

namespace Plumbline.Checks.Tests.Runs;

/// <summary><c>plumb audit repo/api</c>: a folder inside a git repository is audited with the history of that path, its
/// files and authors only, paths relative to it; a folder with no repository above it is still a plain folder.</summary>
public sealed class SubfolderAuditTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    // api/ is written by Ada, Cy and Dee; web/ by Bob only. v1 is tagged before Dee's commit.
    private readonly GitRepoBuilder _repo = GitRepoBuilder.Init()
        .WithFile("README.md", "# Shop\n")
        .WithFile("api/app.py", "import os\n\ndef main():\n    return os.getcwd()\n")
        .WithFile("api/package-lock.json", """{ "name": "api", "lockfileVersion": 3, "packages": { "": { "name": "api" } } }""")
        .Commit("api", author: "Ada", when: new DateTimeOffset(2024, 1, 2, 9, 0, 0, TimeSpan.Zero))
        .WithFile("web/index.js", "export const shop = () => 'web';\n")
        .WithFile("web/package-lock.json", """{ "name": "web", "lockfileVersion": 3, "packages": { "": { "name": "web" } } }""")
        .Commit("web", author: "Bob", when: new DateTimeOffset(2024, 1, 3, 9, 0, 0, TimeSpan.Zero))
        .WithFile("api/models.py", "class Order:\n    total = 0\n")
        .Commit("models", author: "Cy", when: new DateTimeOffset(2024, 1, 4, 9, 0, 0, TimeSpan.Zero))
        .Tag("v1")
        .WithFile("api/extra.py", "def extra():\n    return 1\n")
        .WithFile("web/main.js", "import { shop } from './index.js';\nshop();\n")
        .Commit("extra", author: "Dee", when: new DateTimeOffset(2024, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _repo.Dispose();

    private static AuditTarget Open(string path)
    {
        var (target, error) = AuditTarget.Open(path, AuditSetup.CloneTimeout);
        target.ShouldNotBeNull(error);
        return target;
    }

    private static async Task<Report> AuditAsync(AuditTarget target, string? rev = null)
    {
        var run = new CheckRunSettings(RecommendationCatalog.BuiltIn, new FakeTimeProvider(Now), DateOnly.FromDateTime(Now.UtcDateTime));
        var settings = new RepoAuditSettings(run, AuditConfig.Empty)
        {
            Stages = [.. BuiltInStages.All().Where(s => s.Name is "repo" or "history" or "secrets")],
            Rev = rev,
        };
        var report = await RepoAudit.RunAsync(target, settings, CancellationToken.None);
        report.Success.ShouldBeTrue();
        return report.Value;
    }

    private static string[] Authors(Report report) =>
        [.. report.Metrics["authors"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_folder_inside_a_repository_knows_the_repository_top_and_its_path_there()
    {
        using var target = Open(Path.Combine(_repo.Path, "api"));

        target.IsGitRepository.ShouldBeTrue();
        target.RepositoryTop.ShouldBe(_repo.Path);
        target.PathInRepository.ShouldBe("api");
        target.Description.ShouldBe($"api/ of the repository at {_repo.Path}, with the history of that path");
    }

    [Fact]
    public async Task A_subfolder_audit_shows_only_that_folders_files_and_authors()
    {
        using var target = Open(Path.Combine(_repo.Path, "api"));

        var report = await AuditAsync(target);

        report.Target.ShouldBe(target.Description);
        report.Metrics["files"]!["total"]!.GetValue<int>().ShouldBe(4);
        Authors(report).ShouldBe(["Ada", "Cy", "Dee"]);
        var hotspots = report.Metrics["hotspots"]!.AsArray().Select(h => h!["path"]!.GetValue<string>()).ToList();
        hotspots.ShouldContain("app.py");
        hotspots.ShouldAllBe(p => !p.StartsWith("api/", StringComparison.Ordinal) && !p.EndsWith(".js", StringComparison.Ordinal));
        // Ada, Cy and Dee changed api/ in the 90 days before the audit; Bob's web/ commits are not the folder's.
        report.Metrics["activity"]!["authorsLast90Days"]!.GetValue<int>().ShouldBe(3);
        report.Metrics["activity"]!["commitsLast90Days"]!.GetValue<int>().ShouldBe(3);
        // The four files of api/, each one version: nothing of web/ or the top is scanned.
        report.Metrics["secrets"]!["blobsScanned"]!.GetValue<int>().ShouldBe(4);
        report.Findings.ShouldNotContain(f => f.CheckId == "HistoryIsReadable" && f.Outcome != Outcome.Pass);
    }

    [Fact]
    public async Task The_top_of_the_repository_is_audited_whole_as_before()
    {
        using var target = Open(_repo.Path);

        var report = await AuditAsync(target);

        target.PathInRepository.ShouldBe(string.Empty);
        report.Target.ShouldBe(_repo.Path);
        Authors(report).ShouldBe(["Ada", "Bob", "Cy", "Dee"]);
        report.Metrics["files"]!["total"]!.GetValue<int>().ShouldBe(8);
    }

    [Fact]
    public async Task Rev_reads_the_subfolder_as_it_was_at_that_revision()
    {
        using var target = Open(Path.Combine(_repo.Path, "api"));
        target.CheckRev("v1").ShouldBeNull();

        var report = await AuditAsync(target, "v1");

        report.Metrics["files"]!["total"]!.GetValue<int>().ShouldBe(3);
        Authors(report).ShouldBe(["Ada", "Cy"]);
    }

    [Fact]
    public void Rev_without_the_subfolder_is_an_input_error_naming_it()
    {
        _repo.WithFile("tools/build.sh", "echo build\n").Commit("tools", author: "Eve");
        using var target = Open(Path.Combine(_repo.Path, "tools"));

        target.CheckRev("v1").ShouldBe($"--rev v1: tools/ does not exist at that revision of the repository at {_repo.Path}; give a revision that has it");
    }

    [Fact]
    public void Lockfiles_of_a_subfolder_are_its_own_with_paths_relative_to_it()
    {
        using var target = Open(Path.Combine(_repo.Path, "api"));
        var context = AuditSetup.Context(target, AuditConfig.Empty, new FakeTimeProvider(Now));

        LockfileFinder.Find(context).Select(f => f.Path).ShouldBe(["package-lock.json"]);
        LockfileFinder.Find(context with { Rev = "v1" }).Select(f => f.Path).ShouldBe(["package-lock.json"]);
    }

    [Fact]
    public async Task A_folder_git_tracks_nothing_in_is_a_plain_folder()
    {
        _repo.WithFile(".gitignore", "build/\n").Commit("ignore build");
        _repo.WithFile("build/out.js", "console.log(1);\n");
        using var target = Open(Path.Combine(_repo.Path, "build"));

        target.IsGitRepository.ShouldBeFalse();
        target.Description.ShouldBe(target.DisplayName);
        var report = await AuditAsync(target);
        report.Findings.ShouldContain(f => f.CheckId == "HistoryIsReadable" && f.Outcome == Outcome.NotApplicable);
    }

    [Fact]
    public async Task A_folder_with_no_repository_above_it_still_reads_as_a_folder()
    {
        using var folder = new TempFolder().WriteFile("site/index.html", "<p>hi</p>\n");
        using var target = Open(folder.Full("site"));

        target.IsGitRepository.ShouldBeFalse();
        target.PathInRepository.ShouldBe(string.Empty);
        var report = await AuditAsync(target);
        report.Target.ShouldBe(folder.Full("site"));
        report.Metrics["source"]!.GetValue<string>().ShouldBe("FileSystem");
        report.Findings.ShouldContain(f => f.CheckId == "HistoryIsReadable" && f.Outcome == Outcome.NotApplicable);
    }
}
