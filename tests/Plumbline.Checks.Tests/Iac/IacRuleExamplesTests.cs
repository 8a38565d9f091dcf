using Plumbline.Checks.Iac;
using Plumbline.Checks.Repo;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.Iac;

/// <summary>Every built-in IaC rule passes the files it says it passes and fails the ones it says it fails, read
/// through the same check the audit runs.</summary>
public sealed class IacRuleExamplesTests
{
    public static TheoryData<string> RuleIds() => [.. IacChecks.All.Select(c => c.Rule.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_passes_its_passing_examples(string id)
    {
        var check = IacChecks.All.Single(c => c.Rule.Id == id);
        foreach (var example in check.Rule.Passes)
        {
            var findings = check.Run(Snapshot(check.Rule.Files, example)).ToList();
            findings.ShouldNotContain(f => f.Outcome == Outcome.Fail, $"{id} should pass:\n{example}\nbut said: {string.Join(" | ", findings.Select(f => f.Detail))}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_fails_its_failing_examples_at_a_line_of_the_file(string id)
    {
        var check = IacChecks.All.Single(c => c.Rule.Id == id);
        foreach (var example in check.Rule.Fails)
        {
            var failed = check.Run(Snapshot(check.Rule.Files, example)).Where(f => f.Outcome == Outcome.Fail).ToList();
            failed.ShouldNotBeEmpty($"{id} should fail:\n{example}");
            failed.ShouldAllBe(f => f.Location.Line >= 1 && f.Location.Line <= example.Split('\n').Length && f.RecommendationId == check.Rule.RecommendationId);
        }
    }

    [Fact]
    public void Rule_ids_are_unique_and_each_names_what_it_maps_to_or_nothing()
    {
        IacChecks.All.Select(c => c.Rule.Id).ShouldBeUnique();
        IacChecks.All.SelectMany(c => c.Rule.Anchors).ShouldAllBe(a => a.StartsWith("CKV", StringComparison.Ordinal) || a.StartsWith("DL", StringComparison.Ordinal) || a.StartsWith("AVD", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_without_examples_is_refused_with_its_id()
    {
        var result = IacRuleReader.Read("""
            rules:
              - id: DockerfileThing
                title: t
                files: dockerfile
                present: 'x'
                severity: low
                recommendation: harden-container-images
                says: s
                passes: ["FROM a:1"]
            """, "test.yml");

        result.Success.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ToString().ShouldContain("rule DockerfileThing: give at least one example");
    }

    [Fact]
    public void A_tree_without_files_of_the_kind_is_not_applicable()
    {
        var check = IacChecks.All.First(c => c.Rule.Files == IacFileKind.Terraform);

        check.Run(new RepoSnapshot("empty", RepoSource.FileSystem, [new RepoFile("README.md", 5, FileKind.Text) { Text = "hello" }], null, DateTimeOffset.UnixEpoch))
            .ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotApplicable);
    }

    [Theory]
    [InlineData("Dockerfile", IacFileKind.Dockerfile)]
    [InlineData("deploy/Dockerfile.prod", IacFileKind.Dockerfile)]
    [InlineData("api.dockerfile", IacFileKind.Dockerfile)]
    [InlineData("rules/dockerfile.yml", null)]
    [InlineData("compose.yaml", IacFileKind.Compose)]
    [InlineData("infra/main.tf", IacFileKind.Terraform)]
    [InlineData("etc/nginx/sites-enabled/shop.conf", IacFileKind.WebServer)]
    [InlineData("app.conf", null)]
    public void Files_are_told_apart_by_name(string path, IacFileKind? kind) =>
        IacFiles.KindOf(new RepoFile(path, 10, FileKind.Text) { Text = "x" }).ShouldBe(kind);

    [Fact]
    public void A_finding_points_at_the_line_of_the_resource_not_the_blank_lines_before_it()
    {
        var check = IacChecks.All.Single(c => c.Rule.Id == "TerraformDisksEncrypted");
        const string text = "resource \"aws_ebs_volume\" \"a\" {\n  encrypted = true\n}\n\n\nresource \"aws_ebs_volume\" \"b\" {\n  size = 1\n}\n";

        check.Run(Snapshot(IacFileKind.Terraform, text)).ShouldHaveSingleItem().Location.Line.ShouldBe(6);
    }

    /// <summary>A one-file tree, the file named as that kind usually is.</summary>
    internal static RepoSnapshot Snapshot(IacFileKind kind, string text)
    {
        var path = kind switch
        {
            IacFileKind.Dockerfile => "Dockerfile",
            IacFileKind.Compose => "docker-compose.yml",
            IacFileKind.Kubernetes => "deploy/app.yaml",
            IacFileKind.Terraform => "infra/main.tf",
            _ => "nginx/site.conf",
        };
        return new RepoSnapshot("example", RepoSource.FileSystem, [new RepoFile(path, text.Length, FileKind.Text) { Text = text }], null, DateTimeOffset.UnixEpoch);
    }
}
