using Plumbline.Checks.Audit;
using Plumbline.Checks.RefactorOrRebuild;
using Plumbline.Core.Findings;
using Shouldly;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Tests.RefactorOrRebuild;

/// <summary>The verdict reads findings by check id, so these audits are written as the findings the stages (and the
/// end-of-life checks, once merged) produce.</summary>
public sealed class VerdictTests
{
    private static Finding F(string checkId, Outcome outcome, Severity severity = Severity.Medium) =>
        new(checkId, "x", outcome, severity, $"{checkId} said so.", Location.None, Fingerprint.Of(checkId, outcome.ToString()));

    private static readonly Finding[] Healthy =
    [
        F("PlatformsAreSupported", Outcome.Pass), F("TruckFactorIsAboveTwo", Outcome.Pass), F("ComplexityIsContained", Outcome.Pass),
        F("HasTests", Outcome.Pass), F("CiRunsTests", Outcome.Pass), F("DependenciesFreeOfKnownVulnerabilities", Outcome.Pass),
        F("HasLockfile", Outcome.Pass), F("HasDeployScript", Outcome.Pass), F("NoSecretsInTree", Outcome.Pass),
    ];

    private static SystemVerdict Decide(params Finding[] findings) => SystemVerdict.Decide(findings, VerdictRules.BuiltIn);

    [Fact]
    public void A_system_with_every_signal_healthy_is_kept_and_maintained()
    {
        var verdict = Decide(Healthy);
        verdict.Final.Id.ShouldBe("keep");
        verdict.Score.ShouldBe(0);
        verdict.Known.ShouldBe(8);
        VerdictReport.Finding(verdict).Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void Hygiene_gaps_alone_ask_for_refactoring_in_place_not_a_rebuild()
    {
        var verdict = Decide([.. Healthy.Where(f => f.CheckId is not ("HasTests" or "CiRunsTests" or "HasDeployScript" or "HasLockfile")),
            F("HasTests", Outcome.Fail), F("CiRunsTests", Outcome.Fail), F("HasDeployScript", Outcome.Fail), F("HasLockfile", Outcome.Fail)]);
        verdict.Final.Id.ShouldBe("refactor-in-place");
        verdict.SevereStructural.ShouldBe(0);
        var finding = VerdictReport.Finding(verdict);
        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.RecommendationId.ShouldBe("refactor-in-place");
        finding.Evidence.ShouldContain(e => e.StartsWith("Tests, run on every change: severe", StringComparison.Ordinal));
    }

    [Fact]
    public void A_platform_past_end_of_life_with_tangled_code_asks_to_rebuild_parts()
    {
        var verdict = Decide([.. Healthy.Where(f => f.CheckId is not ("PlatformsAreSupported" or "ComplexityIsContained" or "HasTests")),
            F("PlatformsAreSupported", Outcome.Fail), F("ComplexityIsContained", Outcome.Fail, Severity.Medium), F("HasTests", Outcome.Fail)]);
        verdict.Final.Id.ShouldBe("rebuild-parts");
        verdict.SevereStructural.ShouldBe(1);
    }

    [Fact]
    public void Departed_knowledge_alone_asks_to_refactor_in_place_not_to_rebuild_simple_code()
    {
        // spring-petclinic's shape: no complex function, tests and CI, every author gone.
        var verdict = Decide([.. Healthy, F("KnowledgeHasNotLeft", Outcome.Fail, Severity.High), F("RecentlyActive", Outcome.Fail)]);
        verdict.Final.Id.ShouldBe("refactor-in-place");
        verdict.SevereStructural.ShouldBe(0);
        verdict.Signals.Single(s => s.Signal.Id == "knowledge").Level.ShouldBe(SignalLevel.Severe);
    }

    [Fact]
    public void Unsupported_platforms_departed_knowledge_and_tangled_code_together_ask_to_compare_a_product()
    {
        var verdict = Decide(
            F("PlatformsAreSupported", Outcome.Fail), F("KnowledgeHasNotLeft", Outcome.Fail, Severity.High), F("ComplexityIsContained", Outcome.Fail, Severity.High),
            F("HasTests", Outcome.Fail), F("DependenciesFreeOfKnownVulnerabilities", Outcome.Fail, Severity.High));
        verdict.Final.Id.ShouldBe("replace");
        verdict.Signals.Single(s => s.Signal.Id == "knowledge").Evidence.ShouldBe(["KnowledgeHasNotLeft: KnowledgeHasNotLeft said so."]);
        VerdictReport.Finding(verdict).Severity.ShouldBe(Severity.High);
    }

    [Fact]
    public void Signals_no_finding_speaks_to_are_unknown_and_count_for_nothing()
    {
        var verdict = Decide(F("HasTests", Outcome.Pass), F("ComplexityIsContained", Outcome.NotApplicable));
        verdict.Known.ShouldBe(1);
        verdict.Signals.Single(s => s.Signal.Id == "complexity").Level.ShouldBe(SignalLevel.Unknown);
        VerdictReport.Table(verdict, VerdictRules.BuiltIn.MinimumKnown).Note!.ShouldContain("rests on little evidence");
    }

    [Fact]
    public void A_consultant_override_wins_and_the_report_shows_both_verdicts_and_the_reason()
    {
        var config = Config("verdict:\n  choice: rebuild-parts\n  reason: The billing module is being replaced by the accounting product anyway.\n");
        var chosen = VerdictOverride.Read(config, VerdictRules.BuiltIn);
        chosen.Success.ShouldBeTrue();
        var verdict = SystemVerdict.Decide(Healthy, VerdictRules.BuiltIn, chosen.Value);
        verdict.Final.Id.ShouldBe("rebuild-parts");
        verdict.Computed.Id.ShouldBe("keep");
        VerdictReport.Finding(verdict).Detail.ShouldBe("Verdict: Rebuild parts (the consultant's choice; the rules said Keep and maintain): The billing module is being replaced by the accounting product anyway.");
        VerdictReport.Metrics(verdict)["override"]!["reason"]!.GetValue<string>().ShouldStartWith("The billing module");
        VerdictReport.Table(verdict, 4).Title.ShouldBe("Refactor or rebuild? Verdict: Rebuild parts");
    }

    [Fact]
    public void An_override_with_an_unknown_choice_or_no_reason_is_an_error_naming_the_choices()
    {
        var read = VerdictOverride.Read(Config("verdict:\n  choice: rewrite\n"), VerdictRules.BuiltIn);
        read.Success.ShouldBeFalse();
        read.Errors.Select(e => e.ToString()).ShouldContain(e => e.Contains("keep, refactor-in-place", StringComparison.Ordinal) || e.Contains("replace, rebuild-parts", StringComparison.Ordinal));
        read.Errors.Count.ShouldBe(2);
    }

    [Fact]
    public void Rules_whose_last_choice_has_a_condition_are_refused()
    {
        var read = VerdictRulesReader.Read("signals: []\nchoices:\n  - { id: a, title: A, recommendation: r, says: s, when: { score-at-least: 0.5 } }\n", "rules.yml");
        read.Success.ShouldBeFalse();
        read.Errors.ShouldContain(e => e.ToString().Contains("last choice", StringComparison.Ordinal));
    }

    private static AuditConfig Config(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new AuditConfig { Sections = new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal) { ["verdict"] = (YamlMappingNode)root.Children[new YamlScalarNode("verdict")] } };
    }
}
