using Plumbline.Core.Assessments;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;

namespace Plumbline.Core.Tests.Assessments;

public sealed class ConditionsAndRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private const string Template = """
        id: checks
        title: Checks
        sections:
          - title: All kinds
            questions:
              - id: has-backup
                text: Is there a backup?
                kind: yes-no-unsure
              - id: last-restore
                text: When was the last restore test?
                kind: date
                when: { question: has-backup, is: yes }
              - id: admins
                text: How many admins?
                kind: number
              - id: copies
                text: Where are copies?
                kind: multiple
                options: [cloud, offline, laptop]
              - id: shared-admin
                text: Are admin logins shared?
                kind: yes-no-unsure
              - id: mfa
                text: Do admins use MFA?
                kind: single
                options: [all, some, none]
        rules:
          - id: stale-restore
            when: { question: last-restore, older-than-months: 6 }
            recommendation: test-restores
            detail: Stale restore test.
          - id: restore-before-2026
            when: { question: last-restore, less-than: 2026-01-01 }
            recommendation: test-restores
            impact: 5
            detail: Restore test before 2026.
          - id: many-admins
            when: { question: admins, more-than: 3 }
            recommendation: enforce-mfa-for-admins
            impact: 3
            detail: Many admins.
          - id: no-offline
            when: { question: copies, excludes: offline }
            recommendation: test-restores
            impact: 2
            effort: 1
            detail: No offline copy.
          - id: no-mfa-and-shared
            when:
              all-of:
                - { question: mfa, any-of: [some, none] }
                - { question: shared-admin, is: yes }
            recommendation: enforce-mfa-for-admins
            impact: 5
            effort: 3
            detail: Shared admin logins without MFA.
          - id: two-of-three
            when:
              at-least: 2
              of:
                - { question: has-backup, is: no }
                - { question: shared-admin, is: yes }
                - { question: mfa, is: none }
            recommendation: name-a-source-of-truth
            detail: Two of three.
          - id: mfa-ok
            when:
              all-of:
                - { question: mfa, answered: true }
                - not: { question: mfa, is-not: all }
            recommendation: enforce-mfa-for-admins
            outcome: pass
            detail: Admins use MFA.
        """;

    private static readonly AssessmentTemplate T = TemplateReader.Read(Template, "checks.yml", RecommendationCatalog.BuiltIn).Value;

    private static AssessmentResult Run(string answers) =>
        AssessmentEngine.Evaluate(T, AnswersReader.Read($"answers:\n{answers}", "a.yml", T).Value, RecommendationCatalog.BuiltIn, Today);

    private static string[] Rules(AssessmentResult r) => [.. r.Findings.Select(f => f.CheckId["assess/checks/".Length..])];

    [Fact]
    public void A_date_older_than_six_months_before_the_injected_today_triggers()
    {
        Rules(Run("  has-backup: yes\n  last-restore: 2026-05-22")).ShouldBe(["stale-restore"]);
        Rules(Run("  has-backup: yes\n  last-restore: 2026-05-23")).ShouldBeEmpty();
        Rules(Run("  has-backup: yes\n  last-restore: 2025-12-31")).ShouldBe(["stale-restore", "restore-before-2026"]);
    }

    [Fact]
    public void An_answer_to_a_question_that_is_not_asked_is_ignored()
    {
        var r = Run("  has-backup: no\n  last-restore: 2020-01-01");
        Rules(r).ShouldBeEmpty();
        r.Answered.ShouldBe(1);
    }

    [Fact]
    public void Numbers_compare_strictly()
    {
        Rules(Run("  admins: 3")).ShouldBeEmpty();
        Rules(Run("  admins: 4")).ShouldBe(["many-admins"]);
    }

    [Fact]
    public void Excludes_needs_an_answer_and_holds_when_the_option_is_missing()
    {
        Rules(Run("  copies: [cloud, laptop]")).ShouldBe(["no-offline"]);
        Rules(Run("  copies: [offline]")).ShouldBeEmpty();
        Rules(Run("  admins: 1")).ShouldBeEmpty();
    }

    [Fact]
    public void All_of_triggers_only_when_every_part_holds_and_raises_the_impact()
    {
        Rules(Run("  mfa: some")).ShouldBeEmpty();
        var r = Run("  mfa: some\n  shared-admin: yes\n  admins: 5");
        Rules(r).ShouldBe(["many-admins", "no-mfa-and-shared"]);
        var item = r.Items(RecommendationCatalog.BuiltIn).ShouldHaveSingleItem();
        item.RecommendationId.ShouldBe("enforce-mfa-for-admins");
        item.Impact.Value.ShouldBe(5, "two rules feed one recommendation: the higher impact wins");
        item.Effort.Value.ShouldBe(3, "with the effort of the rule that set it");
        item.Findings.Count.ShouldBe(2);
    }

    [Fact]
    public void A_lower_rule_impact_does_not_win_over_a_higher_one_on_the_same_recommendation()
    {
        var r = Run("  has-backup: yes\n  last-restore: 2025-06-01\n  copies: [cloud]");
        var item = r.Items(RecommendationCatalog.BuiltIn).ShouldHaveSingleItem();
        item.Impact.Value.ShouldBe(5);
    }

    [Fact]
    public void A_rule_impact_override_applies_when_it_is_the_only_rule()
    {
        var item = Run("  copies: [cloud]").Items(RecommendationCatalog.BuiltIn).ShouldHaveSingleItem();
        item.Impact.Value.ShouldBe(2);
        item.Effort.Value.ShouldBe(1);
    }

    [Fact]
    public void At_least_counts_the_parts_that_hold()
    {
        Rules(Run("  has-backup: no\n  mfa: all")).ShouldBe(["mfa-ok"]);
        Rules(Run("  has-backup: no\n  mfa: none")).ShouldBe(["two-of-three"]);
    }

    [Fact]
    public void A_pass_rule_gives_a_pass_finding_and_no_item()
    {
        var r = Run("  mfa: all");
        r.Findings.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Pass);
        r.Items(RecommendationCatalog.BuiltIn).ShouldBeEmpty();
    }

    [Fact]
    public void Asked_but_unanswered_questions_are_listed()
    {
        Run("  has-backup: yes").Unanswered.ShouldBe(["last-restore", "admins", "copies", "shared-admin", "mfa"]);
        Run("  has-backup: no").Unanswered.ShouldNotContain("last-restore");
    }
}
