using Plumbline.Checks.Secrets;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.Secrets;

public sealed class SecretsStageTests
{
    [Fact]
    public async Task Planted_secrets_are_found_with_full_recall_and_high_precision()
    {
        using var fixture = new SecretsFixture();

        var findings = await fixture.RunAsync();

        var reported = findings.Where(f => f.CheckId is "NoSecretsInTree" or "NoSecretsInHistory" && f.Outcome == Outcome.Fail)
            .Select(f => SecretsFixture.SecretFingerprintOf(f) ?? string.Empty).ToHashSet();
        var expected = fixture.ExpectedFingerprints.ToHashSet();
        var truePositives = reported.Count(expected.Contains);
        var recall = (double)truePositives / expected.Count;
        var precision = reported.Count == 0 ? 0 : (double)truePositives / reported.Count;

        recall.ShouldBe(1.0, $"missed: {string.Join(", ", fixture.Planted.Where(p => !reported.Contains(SecretText.FingerprintOf(p.Rule, p.Value))).Select(p => p.Rule))}");
        precision.ShouldBeGreaterThanOrEqualTo(0.9, string.Join("\n", findings.Where(f => !expected.Contains(SecretsFixture.SecretFingerprintOf(f) ?? "")).Select(f => f.Detail)));
    }

    [Fact]
    public async Task Secrets_still_in_the_tree_and_secrets_only_in_history_feed_different_recommendations()
    {
        using var fixture = new SecretsFixture();

        var findings = await fixture.RunAsync();

        foreach (var (rule, value, inTree) in fixture.Planted)
        {
            var f = findings.Single(x => SecretsFixture.SecretFingerprintOf(x) == SecretText.FingerprintOf(rule, value));
            f.CheckId.ShouldBe(inTree ? "NoSecretsInTree" : "NoSecretsInHistory", rule);
            f.RecommendationId.ShouldBe(inTree ? "rotate-secrets-in-tree" : "rotate-secrets-in-history", rule);
        }
    }

    [Fact]
    public async Task A_secret_in_a_deleted_file_is_traced_to_the_commit_author_and_path_that_introduced_it()
    {
        using var fixture = new SecretsFixture();

        var findings = await fixture.RunAsync();

        var stripe = findings.Single(f => f.Evidence.Contains("rule: stripe-secret-key"));
        stripe.Location.Path.ShouldBe("app/payments.py");
        stripe.Location.Line.ShouldBe(3);
        stripe.Location.Commit.ShouldBe(fixture.StripeCommit);
        var introduced = $"introduced: {fixture.StripeCommit[..12]} by Bo Builder on 2025-03-02 in app/payments.py:3";
        stripe.Evidence.ShouldContain(introduced);
    }

    [Fact]
    public async Task A_value_in_two_files_is_one_finding_located_in_the_current_tree()
    {
        using var fixture = new SecretsFixture();

        var findings = await fixture.RunAsync();

        var generic = findings.Where(f => f.Evidence.Contains("rule: generic-secret-assignment")).ShouldHaveSingleItem();
        generic.Location.Path.ShouldBe("src/client.js");
        generic.Location.Line.ShouldBe(2);
        generic.Evidence.ShouldContain("seen in 2 places (file versions and paths)");
    }

    [Fact]
    public async Task Inline_allow_comments_and_ignore_file_entries_silence_findings_and_stale_ignores_are_reported()
    {
        using var fixture = new SecretsFixture();

        var findings = await fixture.RunAsync();

        findings.ShouldNotContain(f => f.Evidence.Contains("rule: sendgrid-api-key"));
        findings.ShouldNotContain(f => f.Evidence.Contains("rule: anthropic-api-key"));
        var stale = findings.Where(f => f.CheckId == "SecretIgnoresAreCurrent").ShouldHaveSingleItem();
        stale.Outcome.ShouldBe(Outcome.Fail);
        stale.Location.ShouldBe(new Location(SecretIgnoreFile.DefaultName, 3));
    }

    [Fact]
    public async Task History_can_be_turned_off_and_then_only_the_current_tree_is_scanned()
    {
        using var fixture = new SecretsFixture();

        var findings = await fixture.RunAsync("secrets:\n  history: false\n");

        findings.ShouldNotContain(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.Fail);
        findings.ShouldContain(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.NotApplicable);
        findings.Count(f => f.CheckId == "NoSecretsInTree" && f.Outcome == Outcome.Fail).ShouldBe(fixture.Planted.Count(p => p.InTree));
    }

    [Fact]
    public async Task Auditing_an_older_revision_treats_that_revisions_tree_as_current()
    {
        using var fixture = new SecretsFixture();

        var findings = await fixture.RunAsync(rev: fixture.StripeCommit);

        findings.ShouldContain(f => f.CheckId == "NoSecretsInTree" && f.Evidence.Contains("rule: stripe-secret-key"));
    }

    [Fact]
    public async Task An_unknown_revision_is_inconclusive_not_a_crash()
    {
        using var fixture = new SecretsFixture();

        var findings = await fixture.RunAsync(rev: "no-such-branch");

        findings.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Inconclusive);
    }

    [Fact]
    public async Task Excluded_paths_are_not_scanned()
    {
        using var fixture = new SecretsFixture();

        var findings = await fixture.RunAsync("exclude:\n  - src/**\n");

        findings.ShouldNotContain(f => f.Evidence.Contains("rule: database-url-password"));
        findings.ShouldContain(f => f.Evidence.Contains("rule: github-pat"));
    }

    [Fact]
    public async Task User_rules_from_plumbline_yml_extend_the_built_ins()
    {
        using var fixture = new SecretsFixture();
        var value = "acme_" + new FakeSecrets(7).HexString(32);
        fixture.Repo.Write("src/acme.txt", $"ACME={value}\n").Commit("acme");
        var config = """
            secrets:
              disable-rules: [generic-secret-assignment]
              rules:
                - id: acme-key
                  description: ACME internal API key
                  keywords: [acme_]
                  regex: '\b(acme_[a-f0-9]{32})\b'
                  true-positives: ['ACME=acme_{{hex:32}}']
                  false-positives: ['ACME=acme_{{hex:8}}']
            """;

        var findings = await fixture.RunAsync(config);

        findings.ShouldContain(f => f.Evidence.Contains("rule: acme-key") && f.Location.Path == "src/acme.txt");
        findings.ShouldNotContain(f => f.Evidence.Contains("rule: generic-secret-assignment"));
    }

    [Fact]
    public async Task A_user_rule_that_misses_its_own_example_is_reported_as_inconclusive()
    {
        using var fixture = new SecretsFixture();
        var config = """
            secrets:
              rules:
                - id: broken
                  description: Broken rule
                  keywords: [zzz]
                  regex: 'zzz(\d{4})'
                  true-positives: ['zzz12']
            """;

        var findings = await fixture.RunAsync(config);

        findings.ShouldContain(f => f.CheckId == "SecretSettingsAreValid" && f.Outcome == Outcome.Inconclusive && f.Detail.Contains("broken"));
    }

    [Fact]
    public async Task A_plain_folder_is_scanned_from_disk_and_history_is_not_applicable()
    {
        using var fixture = new SecretsFixture();
        var folder = Directory.CreateTempSubdirectory("plumb-secrets-plain-");
        try
        {
            var pat = new FakeSecrets(3).GitHubPat();
            File.WriteAllText(Path.Combine(folder.FullName, "a.env"), $"GITHUB_TOKEN={pat}\n");
            var context = new Audit.AuditContext(folder.FullName, "plain", Audit.AuditConfig.Empty, TimeProvider.System);

            var result = await new SecretsStage().RunAsync(context, new Progress<Audit.AuditProgress>(), CancellationToken.None);

            result.Findings.ShouldContain(f => f.CheckId == "NoSecretsInTree" && f.Location.Path == "a.env" && f.Location.Line == 1);
            result.Findings.ShouldContain(f => f.CheckId == "NoSecretsInHistory" && f.Outcome == Outcome.NotApplicable);
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
