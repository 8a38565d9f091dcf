using Plumbline.Checks.Repo;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;
using Plumbline.Testing.Git;

namespace Plumbline.Checks.Tests.Repo;

public sealed class RepoChecksTests
{
    public static TheoryData<string> CheckIds() => [.. CheckCases.All.Select(c => c.CheckId)];

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void Each_check_fails_its_failing_fixture_repository(string id)
    {
        var (_, fail, _) = CheckCases.All.Single(c => c.CheckId == id);
        using var repo = Fixture.Repo(fail);

        var findings = CheckCases.Check(id).Run(Fixture.Snapshot(repo.Path)).ToList();

        // A manifest that cannot be read is evidence nobody can act on blindly: inconclusive, not a failure.
        var expected = id == "ManifestsAreReadable" ? Outcome.Inconclusive : Outcome.Fail;
        findings.ShouldContain(f => f.Outcome == expected, $"{id} should fail: {string.Join(" | ", findings.Select(f => f.Detail))}");
        findings.ShouldAllBe(f => f.CheckId == id && f.Fingerprint.Length == 64);
    }

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void Each_check_passes_its_passing_fixture_repository(string id)
    {
        var (_, _, pass) = CheckCases.All.Single(c => c.CheckId == id);
        using var repo = Fixture.Repo(pass);

        var findings = CheckCases.Check(id).Run(Fixture.Snapshot(repo.Path)).ToList();

        findings.ShouldNotContain(f => f.Outcome == Outcome.Fail, $"{id} should pass: {string.Join(" | ", findings.Select(f => f.Detail))}");
        findings.ShouldContain(f => f.Outcome == Outcome.Pass);
    }

    [Fact]
    public void One_undocumented_environment_variable_is_worded_as_one()
    {
        using var repo = Fixture.Repo(new Dictionary<string, string> { ["app.js"] = "const url = process.env.DATABASE_URL;\n" });

        var finding = new Plumbline.Checks.Repo.Docs.HasEnvExample().Run(Fixture.Snapshot(repo.Path)).Single();

        finding.Detail.ShouldStartWith("The code reads an environment variable that no .env.example or doc mentions");
    }

    [Fact]
    public void Every_check_except_activity_and_file_size_has_pass_and_fail_fixtures_here()
    {
        var covered = CheckCases.All.Select(c => c.CheckId).ToHashSet();
        var others = RepoChecks.All.Select(c => c.Descriptor.Id).Where(id => !covered.Contains(id)).ToList();

        // These two have dedicated tests below (they need dates and sizes rather than file contents).
        others.ShouldBe(["NoVeryLargeFiles", "RecentlyActive"], ignoreOrder: true);
    }

    [Fact]
    public void A_very_large_file_fails_and_small_files_pass()
    {
        using var repo = Fixture.Repo(new Dictionary<string, string> { ["data/dump.sql"] = new string('x', 3000), ["a.txt"] = "a" });
        var check = CheckCases.Check("NoVeryLargeFiles");

        var strict = check.Run(Fixture.Snapshot(repo.Path, settings: RepoSettings.Default with { LargeFileBytes = 2000 })).ToList();
        var lenient = check.Run(Fixture.Snapshot(repo.Path)).ToList();

        strict.ShouldHaveSingleItem().Location.Path.ShouldBe("data/dump.sql");
        strict[0].Outcome.ShouldBe(Outcome.Fail);
        lenient.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void A_repository_untouched_for_over_a_year_is_inactive_and_a_recent_one_is_active()
    {
        using var stale = GitRepoBuilder.Init().WithFile("a", "a").Commit("old", when: Fixture.Now.AddDays(-500));
        using var fresh = GitRepoBuilder.Init().WithFile("a", "a").Commit("new", when: Fixture.Now.AddDays(-3));
        using var plain = new TempFolder().WriteFile("a", "a");
        var check = CheckCases.Check("RecentlyActive");

        check.Run(Fixture.Snapshot(stale.Path)).Single().Outcome.ShouldBe(Outcome.Fail);
        check.Run(Fixture.Snapshot(fresh.Path)).Single().Outcome.ShouldBe(Outcome.Pass);
        check.Run(Fixture.Snapshot(plain.Path)).Single().Outcome.ShouldBe(Outcome.NotApplicable);
    }

    [Fact]
    public void A_repository_with_no_commits_makes_activity_inconclusive()
    {
        using var repo = GitRepoBuilder.Init().WithFile("a.js", "x");

        CheckCases.Check("RecentlyActive").Run(Fixture.Snapshot(repo.Path)).Single().Outcome.ShouldBe(Outcome.Inconclusive);
    }

    [Fact]
    public void A_malformed_manifest_is_inconclusive_with_the_parse_error_and_does_not_crash_other_checks()
    {
        using var repo = Fixture.Repo(new Dictionary<string, string> { ["package.json"] = "{ \"dependencies\": { \"a\": \"1.0.0\", }\n" });
        var snapshot = Fixture.Snapshot(repo.Path);

        var finding = CheckCases.Check("ManifestsAreReadable").Run(snapshot).Single();
        var lockfile = CheckCases.Check("HasLockfile").Run(snapshot).Single();

        finding.Outcome.ShouldBe(Outcome.Inconclusive);
        finding.Detail.ShouldContain("package.json");
        finding.Detail.ShouldContain("invalid JSON at line");
        lockfile.Outcome.ShouldBe(Outcome.NotApplicable);
    }

    [Fact]
    public void Pull_request_target_checking_out_the_pull_request_head_is_critical()
    {
        const string workflow = "on: pull_request_target\npermissions: write-all\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n";
        using var repo = Fixture.Repo(new Dictionary<string, string> { [".github/workflows/pr.yml"] = workflow });

        var findings = CheckCases.Check("WorkflowsAvoidDangerousPatterns").Run(Fixture.Snapshot(repo.Path)).ToList();

        findings.ShouldContain(f => f.Severity == Severity.Critical && f.Location.Path == ".github/workflows/pr.yml" && f.Location.Line == 9);
        findings.ShouldContain(f => f.Detail.Contains("write-all"));
    }

    [Fact]
    public void A_workflow_that_is_not_yaml_is_inconclusive()
    {
        using var repo = Fixture.Repo(new Dictionary<string, string> { [".github/workflows/bad.yml"] = "on: [push\njobs: {\n" });

        CheckCases.Check("WorkflowsAvoidDangerousPatterns").Run(Fixture.Snapshot(repo.Path)).Single().Outcome.ShouldBe(Outcome.Inconclusive);
    }

    [Fact]
    public void Secret_file_findings_name_the_path_but_never_the_contents()
    {
        var secret = "fixture-" + "value-" + "not-real-123";
        using var repo = Fixture.Repo(new Dictionary<string, string> { [".env.production"] = $"API_KEY={secret}\n" });

        var findings = CheckCases.Check("NoCommittedEnvFiles").Run(Fixture.Snapshot(repo.Path)).ToList();

        findings.Single().Location.Path.ShouldBe(".env.production");
        findings.ShouldAllBe(f => !f.Detail.Contains(secret) && f.Evidence.All(e => !e.Contains(secret)));
    }

    [Fact]
    public void Every_check_is_listed_in_the_checks_reference()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Plumbline.slnx")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var reference = File.ReadAllText(Path.Combine(root, "docs", "checks.md"));

        foreach (var check in RepoChecks.All)
        {
            reference.ShouldContain($"`{check.Descriptor.Id}`", customMessage: "add a row to docs/checks.md");
        }
    }
}
