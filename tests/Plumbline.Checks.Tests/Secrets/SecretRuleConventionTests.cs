using Plumbline.Checks.Secrets;

namespace Plumbline.Checks.Tests.Secrets;

public sealed class SecretRuleConventionTests
{
    public static TheoryData<string> RuleFiles() => [.. BuiltInSecretRules.Files];

    public static TheoryData<string> RuleIds() => [.. BuiltInSecretRules.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Every_built_in_rule_file_reads_without_errors(string file)
    {
        var read = BuiltInSecretRules.ReadFile(file);

        read.Errors.ShouldBeEmpty();
        read.Value.ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_finds_its_true_positives_and_ignores_its_false_positives(string id)
    {
        var rule = BuiltInSecretRules.All.Single(r => r.Id == id);
        rule.TruePositives.Count.ShouldBeGreaterThanOrEqualTo(2);
        rule.FalsePositives.Count.ShouldBeGreaterThanOrEqualTo(2);
        var scanner = new SecretScanner([rule]);

        foreach (var example in rule.TruePositives)
        {
            scanner.Scan(ExampleText.Expand(example), null).ShouldNotBeEmpty($"{id} should find: {example}");
        }

        foreach (var example in rule.FalsePositives)
        {
            scanner.Scan(ExampleText.Expand(example), null).ShouldBeEmpty($"{id} should ignore: {example}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void No_earlier_rule_steals_a_rules_true_positives(string id)
    {
        // With every rule active, each true positive must still be reported, by this rule or a more specific one.
        var scanner = new SecretScanner(BuiltInSecretRules.All);
        var rule = BuiltInSecretRules.All.Single(r => r.Id == id);

        foreach (var example in rule.TruePositives)
        {
            scanner.Scan(ExampleText.Expand(example), null).ShouldNotBeEmpty($"{id}: {example}");
        }
    }

    [Fact]
    public void There_are_at_least_sixty_provider_rules_and_a_generic_rule()
    {
        BuiltInSecretRules.All.Count(r => !r.Generic).ShouldBeGreaterThanOrEqualTo(60);
        BuiltInSecretRules.All.ShouldContain(r => r.Id == "generic-secret-assignment");
        BuiltInSecretRules.All.Select(r => r.Id).ShouldBeUnique();
    }

    [Fact]
    public void Examples_expand_the_same_way_every_time()
    {
        ExampleText.Expand("ghp_{{alnum:36}}").ShouldBe(ExampleText.Expand("ghp_{{alnum:36}}"));
        ExampleText.Expand("ghp_{{alnum:36}}").Length.ShouldBe(40);
    }
}
