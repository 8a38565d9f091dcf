using Plumbline.Core.Assessments;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;

namespace Plumbline.Core.Tests.Assessments;

/// <summary>Each built-in template's answer fixture and exactly the recommendations it must produce.</summary>
public sealed class FixtureFindingsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static AssessmentResult Evaluate(string id)
    {
        var template = TemplateLibrary.BuiltIn.Find(id).ShouldNotBeNull();
        var path = Path.Combine(AppContext.BaseDirectory, "Assessments", "Fixtures", $"{id}.answers.yml");
        var answers = AnswersReader.Read(File.ReadAllText(path), path, template);
        answers.Errors.ShouldBeEmpty();
        return AssessmentEngine.Evaluate(template, answers.Value, RecommendationCatalog.BuiltIn, Today);
    }

    private static string[] Failing(AssessmentResult r) =>
        [.. r.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => f.RecommendationId).Distinct().Order(StringComparer.Ordinal)];

    private static string[] Passing(AssessmentResult r) =>
        [.. r.Findings.Where(f => f.Outcome == Outcome.Pass).Select(f => f.RecommendationId).Distinct().Order(StringComparer.Ordinal)];

    private static int ImpactOf(AssessmentResult r, string recommendation) =>
        r.Items(RecommendationCatalog.BuiltIn).Single(i => i.RecommendationId == recommendation).Impact.Value;

    [Fact]
    public void Warning_signs_fixture_flags_nine_signs_and_credits_tested_restores()
    {
        var r = Evaluate("warning-signs");
        Failing(r).ShouldBe([
            "alert-on-integration-failure", "create-a-staging-environment", "deploy-through-a-repeatable-process",
            "document-vendor-access", "get-an-evidence-based-security-review", "move-shared-keys-to-a-vault",
            "plan-features-against-the-architecture", "secure-source-code-ownership", "spread-system-knowledge"]);
        Passing(r).ShouldBe(["test-restores"]);
        ImpactOf(r, "deploy-through-a-repeatable-process").ShouldBe(5, "no safe deploy and no staging combine");
    }

    [Fact]
    public void Security_basics_fixture_raises_impact_when_admins_lack_mfa_and_share_logins()
    {
        var r = Evaluate("security-basics");
        Failing(r).ShouldBe([
            "check-email-and-domain-security", "end-shared-admin-logins", "enforce-mfa-for-admins", "enforce-mfa-for-everyone",
            "keep-3-2-1-backups", "separate-admin-accounts", "test-restores"]);
        Passing(r).ShouldBeEmpty();
        ImpactOf(r, "enforce-mfa-for-admins").ShouldBe(5);
        ImpactOf(r, "keep-3-2-1-backups").ShouldBe(5, "ransomware could destroy the only copy");
        ImpactOf(r, "enforce-mfa-for-everyone").ShouldBe(4);
        r.Findings.ShouldContain(f => f.CheckId == "assess/security-basics/restore-test-stale");
    }

    [Fact]
    public void Architecture_review_fixture_finds_the_spreadsheet_trap_and_undrawn_boundaries()
    {
        var r = Evaluate("architecture-review");
        Failing(r).ShouldBe([
            "create-a-staging-environment", "draw-system-boundaries", "move-spreadsheet-logic-into-the-system",
            "separate-test-and-production-data", "write-down-security-assumptions"]);
        ImpactOf(r, "draw-system-boundaries").ShouldBe(5, "four integrations and no boundaries");
    }

    [Fact]
    public void Vendor_proposal_fixture_says_the_vendor_would_hold_everything()
    {
        var r = Evaluate("vendor-proposal");
        Failing(r).ShouldBe([
            "agree-an-sla", "agree-support-after-launch", "hold-the-admin-credentials", "host-in-your-own-accounts",
            "include-backups-and-updates", "own-the-code-and-ip", "secure-data-export-and-exit"]);
        ImpactOf(r, "secure-data-export-and-exit").ShouldBe(5);
        ImpactOf(r, "agree-support-after-launch").ShouldBe(3, "the rule lowers it for hourly support");
    }

    [Fact]
    public void Build_vs_buy_fixture_recommends_buying_and_the_result_holds()
    {
        var r = Evaluate("build-vs-buy");
        Failing(r).ShouldBe(["decide-buy", "write-a-maintenance-plan"]);
        Passing(r).ShouldBe(["test-a-close-decision"]);
        r.Decision.ShouldNotBeNull().Winner.Id.ShouldBe("buy");
        r.Decision.Stable.ShouldBeTrue();
        r.Decision.Scores.Single(s => s.Key == "buy").Value.ShouldBe(3.75, 1e-9);
        r.Tables.Select(t => t.Id).ShouldBe(["assessment-answers", "decision-scores", "decision-sensitivity"]);
    }

    [Fact]
    public void Automation_plan_fixture_flags_unreviewed_sending_as_critical()
    {
        var r = Evaluate("automation-ai-plan");
        Failing(r).ShouldBe([
            "add-an-off-switch", "keep-a-human-reviewer", "measure-automation-success", "plan-for-wrong-output",
            "protect-data-sent-to-automation", "start-with-low-autonomy"]);
        ImpactOf(r, "keep-a-human-reviewer").ShouldBe(5);
        ImpactOf(r, "measure-automation-success").ShouldBe(2);
    }

    [Fact]
    public void Mvp_scope_fixture_cuts_a_wide_first_version_nobody_asked_for()
    {
        var r = Evaluate("mvp-scope");
        Failing(r).ShouldBe(["cut-mvp-scope", "get-the-foundations-right", "keep-risky-steps-manual", "talk-to-the-users-first"]);
        ImpactOf(r, "cut-mvp-scope").ShouldBe(5);
        ImpactOf(r, "keep-risky-steps-manual").ShouldBe(4);
    }

    [Fact]
    public void Technical_leadership_fixture_with_four_live_questions_recommends_leadership()
    {
        var r = Evaluate("technical-leadership");
        Failing(r).ShouldBe(["bring-in-technical-leadership", "name-a-technical-owner"]);
        ImpactOf(r, "bring-in-technical-leadership").ShouldBe(5, "the vendor building it is making the decisions");
        r.Findings.Single(f => f.CheckId == "assess/technical-leadership/several-live-questions").Location.Record
            .ShouldBe("big-build-planned, vendor-decision, key-person-risk, systems-not-talking", "only the live questions are evidence");
    }

    [Fact]
    public void Findings_carry_check_id_evidence_and_question_ids()
    {
        var r = Evaluate("warning-signs");
        var f = r.Findings.Single(x => x.CheckId == "assess/warning-signs/keys-shared-over-chat");
        f.RecommendationId.ShouldBe("move-shared-keys-to-a-vault");
        f.Location.Record.ShouldBe("keys-shared-in-chat");
        f.Evidence.ShouldBe(["Have API keys or passwords been shared over email or chat? — yes"]);
        f.Severity.ShouldBe(Severity.Critical);
        f.Fingerprint.ShouldBe(Fingerprint.Of("assess/warning-signs/keys-shared-over-chat", "move-shared-keys-to-a-vault"));
    }
}
