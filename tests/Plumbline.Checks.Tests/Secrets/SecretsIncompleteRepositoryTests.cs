using Plumbline.Checks.Audit;
using Plumbline.Checks.Secrets;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.Secrets;

/// <summary>A repository the scan cannot read completely (partial, shallow or damaged clone) never passes:
/// what is missing is counted and named, and that part of the verdict is Inconclusive.</summary>
public sealed class SecretsIncompleteRepositoryTests
{
    private readonly FakeSecrets _fake = new(27);

    [Fact]
    public async Task A_partial_clone_whose_history_holds_a_token_is_inconclusive_where_the_full_clone_reports_the_token()
    {
        var pat = _fake.GitHubPat();
        using var origin = HistoryWithRemovedToken(pat);
        origin.Git("config", "uploadpack.allowFilter", "true");
        using var full = FixtureRepo.CloneOf(origin);
        using var partial = FixtureRepo.CloneOf(origin, "--filter=blob:none");

        var fromFull = await RunAsync(full);
        var fromPartial = await RunAsync(partial);

        fromFull.ShouldContain(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.Fail && SecretsFixture.SecretFingerprintOf(f) == SecretText.FingerprintOf("github-pat", pat));
        fromPartial.ShouldNotContain(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.Pass);
        var gap = fromPartial.Single(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.Inconclusive);
        gap.Detail.ShouldStartWith("1 file version of history could not be read: this is a partial clone");
        gap.Detail.ShouldContain("partial clone");
        gap.Evidence.ShouldContain(e => e.StartsWith("could not read: deploy/.env (from ", StringComparison.Ordinal));
        fromPartial.ShouldContain(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Pass, "the checked-out tree is on disk, so it is scanned in full");
    }

    [Fact]
    public async Task A_treeless_partial_clone_names_the_folders_it_could_not_walk()
    {
        using var origin = HistoryWithRemovedToken(_fake.GitHubPat());
        origin.Git("config", "uploadpack.allowFilter", "true");
        using var partial = FixtureRepo.CloneOf(origin, "--filter=tree:0");

        var findings = await RunAsync(partial);

        var gap = findings.Single(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.Inconclusive);
        gap.Detail.ShouldContain("folders or commits of history could not be read: this is a partial clone");
        findings.ShouldNotContain(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.Pass);
    }

    [Fact]
    public async Task A_file_whose_blob_is_missing_is_read_from_the_working_tree_and_its_token_reported()
    {
        var pat = _fake.GitHubPat();
        using var repo = new FixtureRepo()
            .Write("deploy/.env", $"{FakeSecrets.FixtureNote}\nGITHUB_TOKEN={pat}\n")
            .Commit("Deploy settings");
        repo.DeleteObject(repo.Capture("rev-parse", "HEAD:deploy/.env").Trim());

        var findings = await RunAsync(repo);

        var found = findings.Single(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Fail);
        SecretsFixture.SecretFingerprintOf(found).ShouldBe(SecretText.FingerprintOf("github-pat", pat));
        found.Location.Path.ShouldBe("deploy/.env");
        found.Location.Line.ShouldBe(2);
        findings.ShouldNotContain(f => f.Outcome == Outcome.Inconclusive, "the file on disk is the blob, so nothing is missing");
    }

    [Fact]
    public async Task A_missing_history_blob_is_named_and_history_is_inconclusive_not_pass()
    {
        using var repo = HistoryWithRemovedToken(_fake.GitHubPat());
        var addedIn = repo.Capture("rev-parse", "HEAD~2").Trim();
        repo.DeleteObject(repo.Capture("rev-parse", "HEAD~2:deploy/.env").Trim());

        var findings = await RunAsync(repo);

        findings.ShouldNotContain(f => f.CheckId == "NoSecretsInHistory" && (f.Outcome == Outcome.Pass || f.Outcome == Outcome.Fail));
        var gap = findings.Single(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.Inconclusive);
        gap.Detail.ShouldContain("missing from the object store");
        gap.Evidence.ShouldContain($"could not read: deploy/.env (from {addedIn[..12]})");
        findings.ShouldContain(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Pass);
    }

    [Fact]
    public async Task An_older_revision_whose_blob_is_missing_makes_the_tree_verdict_inconclusive()
    {
        using var repo = HistoryWithRemovedToken(_fake.GitHubPat());
        repo.DeleteObject(repo.Capture("rev-parse", "HEAD~2:deploy/.env").Trim());

        var findings = await RunAsync(repo, rev: "HEAD~2");

        var gap = findings.Single(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Inconclusive);
        gap.Evidence.ShouldContain("could not read: deploy/.env");
        findings.ShouldNotContain(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Pass);
    }

    [Fact]
    public async Task A_bare_repository_is_read_from_its_blobs_and_a_missing_one_is_inconclusive()
    {
        var pat = _fake.GitHubPat();
        using var origin = new FixtureRepo()
            .Write("deploy/.env", $"{FakeSecrets.FixtureNote}\nGITHUB_TOKEN={pat}\n")
            .Write("README.md", "# Shop\n")
            .Commit("Deploy settings");
        using var intact = FixtureRepo.BareWithPushFrom(origin);
        using var damaged = FixtureRepo.BareWithPushFrom(origin).DeleteObject(origin.Capture("rev-parse", "HEAD:deploy/.env").Trim());

        var fromIntact = await RunAsync(intact);
        var fromDamaged = await RunAsync(damaged);

        fromIntact.ShouldContain(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Fail && SecretsFixture.SecretFingerprintOf(f) == SecretText.FingerprintOf("github-pat", pat));
        fromDamaged.ShouldContain(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Inconclusive && f.Evidence.Contains("could not read: deploy/.env"));
        fromDamaged.ShouldNotContain(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Pass);
    }

    [Fact]
    public async Task A_shallow_clone_says_history_before_its_boundary_was_not_scanned()
    {
        using var origin = HistoryWithRemovedToken(_fake.GitHubPat());
        using var shallow = FixtureRepo.CloneOf(origin, "--depth=1");

        var findings = await RunAsync(shallow);

        findings.ShouldContain(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.Inconclusive && f.Detail.Contains("shallow clone"));
        findings.ShouldNotContain(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.Pass);
    }

    [Fact]
    public async Task A_token_added_to_the_working_tree_but_not_committed_is_reported_as_in_the_tree()
    {
        var pat = _fake.GitHubPat();
        using var repo = new FixtureRepo()
            .Write("deploy/.env", "GITHUB_TOKEN=${GITHUB_TOKEN}\n")
            .Commit("Deploy settings")
            .Write("deploy/.env", $"{FakeSecrets.FixtureNote}\nGITHUB_TOKEN={pat}\n");

        var findings = await RunAsync(repo);

        var found = findings.Single(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Fail);
        SecretsFixture.SecretFingerprintOf(found).ShouldBe(SecretText.FingerprintOf("github-pat", pat));
        found.Evidence.ShouldContain("introduced: not committed yet (working tree) in deploy/.env:2");
    }

    [Fact]
    public async Task A_folder_replaced_by_a_symlink_on_disk_is_not_followed_out_of_the_tree()
    {
        var pat = _fake.GitHubPat();
        using var outside = new FixtureRepo().Write("deploy/.env", $"{FakeSecrets.FixtureNote}\nGITHUB_TOKEN={pat}\n");
        using var repo = new FixtureRepo()
            .Write("deploy/.env", "GITHUB_TOKEN=${GITHUB_TOKEN}\n")
            .Commit("Deploy settings");
        Directory.Delete(Path.Combine(repo.Root, "deploy"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(repo.Root, "deploy"), Path.Combine(outside.Root, "deploy"));

        var findings = await RunAsync(repo);

        findings.ShouldNotContain(f => f.Outcome == Outcome.Fail);
        findings.ShouldContain(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Pass);
    }

    /// <summary>A token committed in deploy/.env, replaced by a reference, then an unrelated commit.</summary>
    private static FixtureRepo HistoryWithRemovedToken(string pat) => new FixtureRepo()
        .Write("deploy/.env", $"{FakeSecrets.FixtureNote}\nGITHUB_TOKEN={pat}\n")
        .Commit("Deploy settings")
        .Write("deploy/.env", "GITHUB_TOKEN=${GITHUB_TOKEN}\n")
        .Commit("Token from the environment")
        .Write("README.md", "# Shop\n")
        .Commit("Readme");

    private static async Task<IReadOnlyList<Finding>> RunAsync(FixtureRepo repo, string? rev = null)
    {
        var context = new AuditContext(repo.Root, "fixture", AuditConfig.Empty, TimeProvider.System) { IsGitRepository = true, Rev = rev };
        var result = await new SecretsStage().RunAsync(context, new Progress<AuditProgress>(), CancellationToken.None);
        return result.Findings;
    }
}
