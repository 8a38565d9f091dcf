using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Audit;
using Plumbline.Checks.Repo;
using Plumbline.Testing.Git;

namespace Plumbline.Cli.Tests.Audit;

public sealed class AuditCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    // The fixture's empty catch is kept out of this file's own text, so auditing Plumbline does not flag its tests.
    private const string EmptyBlock = "{" + " }";

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PlumbApp.RunAsync(args, output, error, new FakeTimeProvider(Now), interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    private static GitRepoBuilder ShopRepo() => GitRepoBuilder.Init()
        .WithFile("README.md", "# Shop\n")
        .WithFile("package.json", """{ "name": "shop", "dependencies": { "express": "*" } }""")
        .WithFile("src/server.js", "const express = require('express');\ntry { start(); } catch (e) " + EmptyBlock + "\n")
        .WithFile(".env", "DB_PASSWORD=fixture-not-real\n")
        .Commit("first", when: Now.AddDays(-5));

    [Fact]
    public async Task Audit_of_a_fixture_repository_shows_the_matrix_findings_and_inventory_in_the_terminal()
    {
        using var repo = ShopRepo();

        var (exit, output, error) = await Run("audit", repo.Path);

        exit.ShouldBe(0, error);
        output.ShouldContain("repository audit");
        output.ShouldContain("Remove committed secret files and rotate what they held");
        output.ShouldContain("✗ NoCommittedEnvFiles");
        output.ShouldContain("✗ HasLockfile");
        output.ShouldContain("✗ NoEmptyCatchBlocks");
        output.ShouldContain("JavaScript");
        output.ShouldContain(" not applicable");
        output.ShouldNotContain("fixture-not-real");
        error.ShouldContain("audit: repo: done");
    }

    [Fact]
    public async Task Fail_on_do_now_exits_one_when_the_audit_finds_a_do_now_item()
    {
        using var repo = ShopRepo();

        var (exit, _, _) = await Run("audit", repo.Path, "--fail-on", "do-now");

        exit.ShouldBe(1);
    }

    [Fact]
    public async Task A_baseline_report_hides_failures_already_known()
    {
        using var repo = ShopRepo();
        using var outDir = new TempFolder();
        var context = new AuditContext(repo.Path, repo.Path, AuditConfig.Empty, new FakeTimeProvider(Now)) { IsGitRepository = true };
        var known = await new RepoStage().RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
        var findings = new JsonArray([.. known.Findings.Select(f => (JsonNode)new JsonObject { ["checkId"] = f.CheckId, ["fingerprint"] = f.Fingerprint })]);
        File.WriteAllText(outDir.Full("baseline.json"), new JsonObject { ["findings"] = findings }.ToJsonString());

        var (before, _, _) = await Run("audit", repo.Path, "--only", "repo", "--fail-on", "do-now");
        var (exit, output, error) = await Run("audit", repo.Path, "--only", "repo", "--baseline", outDir.Full("baseline.json"), "--fail-on", "do-now");

        before.ShouldBe(1);
        exit.ShouldBe(0, error);
        output.ShouldContain("Nothing to fix");
    }

    [Fact]
    public async Task A_baseline_that_is_not_a_report_is_an_input_error()
    {
        using var repo = ShopRepo();
        using var folder = new TempFolder().WriteFile("b.json", "[1, 2]");

        var (exit, _, error) = await Run("audit", repo.Path, "--baseline", folder.Full("b.json"));

        exit.ShouldBe(2);
        error.ShouldContain("not a Plumbline JSON report");
    }

    [Fact]
    public async Task Configuration_disables_checks_and_re_rates_recommendations()
    {
        using var repo = ShopRepo()
            .WithFile("plumbline.yml", "disable: [NoCommittedEnvFiles, HasCiConfiguration]\nrecommendations:\n  commit-lockfiles: { impact: 1 }\n  pin-dependency-versions: { impact: 1 }\n  stop-swallowing-errors: { impact: 1 }\n")
            .Commit("config");

        var (exit, output, error) = await Run("audit", repo.Path, "--fail-on", "do-now");

        exit.ShouldBe(0, error);
        output.ShouldNotContain("NoCommittedEnvFiles");
        output.ShouldContain("✗ HasLockfile");
    }

    [Fact]
    public async Task Rev_audits_an_older_commit()
    {
        using var repo = GitRepoBuilder.Init().WithFile("README.md", "# ok\n").Commit("one", when: Now.AddDays(-2)).Tag("v1");
        repo.WithFile(".env", "X=fixture\n").Commit("two", when: Now.AddDays(-1));

        var (_, old, _) = await Run("audit", repo.Path, "--rev", "v1");
        var (_, head, _) = await Run("audit", repo.Path);

        old.ShouldNotContain("✗ NoCommittedEnvFiles");
        head.ShouldContain("✗ NoCommittedEnvFiles");
    }

    [Fact]
    public async Task Since_narrows_the_history_window_and_a_bad_value_is_an_input_error()
    {
        using var repo = GitRepoBuilder.Init().WithFile("app.py", "print(1)\n").Commit("old", when: Now.AddDays(-400));
        repo.WithFile("app.py", "print(2)\n").Commit("new", when: Now.AddDays(-10));

        using var outDir = new TempFolder();
        var (exit, _, runError) = await Run("audit", repo.Path, "--only", "history", "--since", "6 months", "--format", "json", "--out", outDir.Path);
        var (badExit, _, error) = await Run("audit", repo.Path, "--only", "history", "--since", "whenever");

        exit.ShouldBe(0, runError);
        var report = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(outDir.Path, "*.json").Single()))!;
        var activity = report["metrics"]!["activity"]!;
        activity["commits"]!.GetValue<int>().ShouldBe(1);
        activity["since"]!.GetValue<string>().ShouldBe("2026-05-23");
        badExit.ShouldBe(2);
        error.Trim().ShouldBe("plumb: --since: 'whenever' is not a date (2024-01-31) or a span such as '6 months' or '2 years'");
    }

    [Fact]
    public async Task A_reversed_window_on_the_command_line_is_blamed_on_the_command_line()
    {
        using var repo = GitRepoBuilder.Init().WithFile("app.py", "print(1)\n").Commit("one", when: Now.AddDays(-10));

        var (exit, _, error) = await Run("audit", repo.Path, "--only", "history", "--since", "2026-01-01", "--until", "2025-01-01");

        exit.ShouldBe(2);
        error.Trim().ShouldBe("plumb: --since '2026-01-01' is after --until '2025-01-01': the history window must start before it ends");
        error.ShouldNotContain("plumbline.yml");
    }

    [Fact]
    public async Task A_missing_path_is_one_clear_line_and_exit_code_two()
    {
        var (exit, _, error) = await Run("audit", "/no/such/folder/anywhere");

        exit.ShouldBe(2);
        error.Trim().ShouldBe("plumb: /no/such/folder/anywhere: no such folder; check the path (or give a git URL)");
    }

    [Fact]
    public async Task A_file_an_empty_folder_an_unknown_rev_and_an_unknown_stage_are_input_errors()
    {
        using var folder = new TempFolder().WriteFile("a.txt", "a");
        using var empty = new TempFolder();
        using var repo = GitRepoBuilder.Init().WithFile("a", "a").Commit("one");

        (await Run("audit", folder.Full("a.txt"))).ShouldSatisfyAllConditions(r => r.Exit.ShouldBe(2), r => r.Err.ShouldContain("is a file"));
        (await Run("audit", empty.Path)).ShouldSatisfyAllConditions(r => r.Exit.ShouldBe(2), r => r.Err.ShouldContain("the folder is empty"));
        (await Run("audit", repo.Path, "--rev", "nope")).ShouldSatisfyAllConditions(r => r.Exit.ShouldBe(2), r => r.Err.ShouldContain("--rev nope: no such commit"));
        (await Run("audit", folder.Path, "--rev", "main")).ShouldSatisfyAllConditions(r => r.Exit.ShouldBe(2), r => r.Err.ShouldContain("not a git repository"));
        (await Run("audit", repo.Path, "--only", "bogus")).ShouldSatisfyAllConditions(r => r.Exit.ShouldBe(2), r => r.Err.ShouldContain("unknown stage 'bogus'"));
    }

    [Fact]
    public async Task A_folder_inside_a_repository_is_audited_with_the_history_of_that_path()
    {
        using var repo = GitRepoBuilder.Init()
            .WithFile("api/app.py", "def main():\n    return 1\n").Commit("api", author: "Ada")
            .WithFile("web/index.js", "export const web = 1;\n").Commit("web", author: "Bob");

        using var reports = new TempFolder();

        var (exit, _, error) = await Run("audit", Path.Combine(repo.Path, "api"), "--only", "repo,history", "--format", "md", "--out", reports.Path);

        exit.ShouldBe(0, error);
        var output = File.ReadAllText(Directory.GetFiles(reports.Path, "*.md").Single());
        error.ShouldNotContain("not a git repository");
        output.ShouldContain($"audit of api/ of the repository at {repo.Path}, with the history of that path");
        output.ShouldContain("| Ada |");
        output.ShouldNotContain("| Bob |");
        (await Run("audit", Path.Combine(repo.Path, "web"), "--rev", "HEAD~1")).ShouldSatisfyAllConditions(
            r => r.Exit.ShouldBe(2), r => r.Err.ShouldContain("--rev HEAD~1: web/ does not exist at that revision"));
    }

    [Fact]
    public async Task File_and_ext_transports_are_refused_before_anything_runs()
    {
        var (exit, _, error) = await Run("audit", "file:///etc");
        var (extExit, _, extError) = await Run("audit", "ext::sh -c touch% /tmp/pwned");

        exit.ShouldBe(2);
        error.ShouldContain("refused");
        extExit.ShouldBe(2);
        extError.ShouldContain("refused");
    }

    [Fact]
    public async Task An_unreachable_url_is_a_clear_error()
    {
        var (exit, _, error) = await Run("audit", "http://127.0.0.1:9/nothing.git");

        exit.ShouldBe(2);
        error.ShouldContain("cannot clone");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_malformed_configuration_is_an_input_error_with_its_line()
    {
        using var repo = GitRepoBuilder.Init().WithFile("a", "a").WithFile("plumbline.yml", "disable: [\n").Commit("one");

        var (exit, _, error) = await Run("audit", repo.Path);

        exit.ShouldBe(2);
        error.ShouldContain("plumbline.yml");
    }

    [Fact]
    public async Task A_broken_catalog_or_an_unknown_recommendation_stops_the_audit_before_it_runs()
    {
        using var repo = GitRepoBuilder.Init().WithFile("a.py", "print(1)\n").Commit("one");
        var catalog = Path.Combine(repo.Path, "..", $"catalog-{Guid.NewGuid():N}.yml");
        File.WriteAllText(catalog, "recommendations: [\n");
        try
        {
            var (exit, _, error) = await Run("audit", repo.Path, "--catalog", catalog);

            exit.ShouldBe(2);
            error.ShouldContain(Path.GetFileName(catalog));
            error.ShouldNotContain("audit: repo: starting");
        }
        finally
        {
            File.Delete(catalog);
        }

        repo.WithFile("plumbline.yml", "recommendations:\n  no-such-recommendation: { impact: 1 }\n");
        var (configExit, _, configError) = await Run("audit", repo.Path);

        configExit.ShouldBe(2);
        configError.ShouldContain("'no-such-recommendation', which is not in the catalog");
        configError.ShouldNotContain("audit: repo: starting");
    }

    [Fact]
    public async Task Self_audit_of_this_repository_reports_no_do_now_item()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Plumbline.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Plumbline.slnx not found above the test folder");
        }

        // Repository practices and secrets (tree and history): both must stay clean as the code grows.
        var (exit, output, error) = await Run("audit", root, "--only", "repo,secrets", "--fail-on", "do-now");

        exit.ShouldBe(0, $"{error}\n{output}");
    }
}
