using Plumbline.Core.Assessments;
using Plumbline.Core.Assessments.Decisions;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;

namespace Plumbline.Core.Tests.Assessments;

public sealed class DecisionScorerTests
{
    private static readonly AssessmentTemplate Bvb = TemplateLibrary.BuiltIn.Find("build-vs-buy")!;

    private static Dictionary<string, Answer> Scores(params (string Criterion, int DontBuild, int Buy, int Integrate, int Build)[] rows) =>
        rows.ToDictionary(r => r.Criterion, r => Answer.Scored(new Dictionary<string, int>
        {
            ["dont-build"] = r.DontBuild,
            ["buy"] = r.Buy,
            ["integrate"] = r.Integrate,
            ["build"] = r.Build,
        }));

    [Fact]
    public void A_clear_winner_is_stable_under_ten_percent_weight_changes()
    {
        var answers = Scores(
            ("fit", 1, 5, 3, 2), ("integration", 1, 5, 3, 2), ("maintenance", 1, 5, 3, 2), ("data-ownership", 1, 4, 3, 2),
            ("lock-in", 1, 4, 3, 2), ("migration", 1, 4, 3, 2), ("three-year-cost", 1, 5, 3, 2));
        var d = DecisionScorer.Score(Bvb.Decision!, answers, "t").Value;
        d.Winner.Id.ShouldBe("buy");
        d.Stable.ShouldBeTrue();
        d.RunnerUp!.Id.ShouldBe("integrate");
    }

    [Fact]
    public void A_close_call_flips_when_the_weight_it_hinges_on_moves()
    {
        // Build wins on fit (weight 25), buy on maintenance and three-year cost (15 each); the rest are even.
        var answers = Scores(
            ("fit", 1, 3, 1, 5), ("integration", 1, 3, 1, 3), ("maintenance", 1, 4, 1, 2), ("data-ownership", 1, 3, 1, 3),
            ("lock-in", 1, 3, 1, 3), ("migration", 1, 3, 1, 3), ("three-year-cost", 1, 4, 1, 2));
        var d = DecisionScorer.Score(Bvb.Decision!, answers, "t").Value;
        d.Winner.Id.ShouldBe("buy");
        d.Margin.ShouldBe(0.10, 1e-9);
        d.Stable.ShouldBeTrue("±10% on any one weight moves the gap by less than 0.10");

        // One point more for build on migration closes the gap: now the weights decide it.
        answers["migration"] = Answer.Scored(new Dictionary<string, int> { ["dont-build"] = 1, ["buy"] = 3, ["integrate"] = 1, ["build"] = 4 });
        var close = DecisionScorer.Score(Bvb.Decision!, answers, "t").Value;
        close.Winner.Id.ShouldBe("buy", "an exact tie goes to the option listed first");
        close.Margin.ShouldBe(0.0, 1e-9);
        close.Stable.ShouldBeFalse();
        close.Flips.Select(f => (f.CriterionQuestionId, f.ChangePercent, f.NewWinner.Id)).ShouldBe(
            [("fit", 10, "build"), ("maintenance", -10, "build"), ("migration", 10, "build"), ("three-year-cost", -10, "build")]);
    }

    [Fact]
    public void A_flipping_decision_produces_a_close_call_finding_and_a_sensitivity_table()
    {
        var answers = new AssessmentAnswers("build-vs-buy", Scores(
            ("fit", 1, 3, 1, 5), ("integration", 1, 3, 1, 3), ("maintenance", 1, 4, 1, 2), ("data-ownership", 1, 3, 1, 3),
            ("lock-in", 1, 3, 1, 3), ("migration", 1, 3, 1, 4), ("three-year-cost", 1, 4, 1, 2)));
        var r = AssessmentEngine.Evaluate(Bvb, answers, RecommendationCatalog.BuiltIn, new DateOnly(2026, 11, 23));
        r.Decision!.Stable.ShouldBeFalse();
        var close = r.Findings.Single(f => f.CheckId == "assess/build-vs-buy/decision-sensitivity");
        close.Outcome.ShouldBe(Outcome.Fail);
        close.RecommendationId.ShouldBe("test-a-close-decision");
        close.Evidence.ShouldNotBeEmpty();
        r.Tables.Single(t => t.Id == "decision-sensitivity").Rows.ShouldContain(row => !row[2].EndsWith("(unchanged)") || !row[3].EndsWith("(unchanged)"));
    }

    [Fact]
    public void Missing_scores_make_the_decision_inconclusive_not_a_guess()
    {
        var answers = new AssessmentAnswers("build-vs-buy", Scores(("fit", 1, 5, 3, 2)));
        var r = AssessmentEngine.Evaluate(Bvb, answers, RecommendationCatalog.BuiltIn, new DateOnly(2026, 11, 23));
        r.Decision.ShouldBeNull();
        var f = r.Findings.ShouldHaveSingleItem();
        f.Outcome.ShouldBe(Outcome.Inconclusive);
        f.Detail.ShouldContain("integration");
        r.Items(RecommendationCatalog.BuiltIn).ShouldBeEmpty();
    }

    [Fact]
    public void A_weight_question_answer_replaces_the_default_weight()
    {
        var model = new DecisionModel(
            [new DecisionOption("a", "A", "decide-buy"), new DecisionOption("b", "B", "decide-build")],
            [new DecisionCriterion("x", "X", 1) { WeightQuestionId = "wx" }, new DecisionCriterion("y", "Y", 1)],
            "test-a-close-decision");
        var answers = new Dictionary<string, Answer>
        {
            ["x"] = Answer.Scored(new Dictionary<string, int> { ["a"] = 5, ["b"] = 1 }),
            ["y"] = Answer.Scored(new Dictionary<string, int> { ["a"] = 1, ["b"] = 4 }),
        };
        DecisionScorer.Score(model, answers, "t").Value.Winner.Id.ShouldBe("a");
        answers["wx"] = Answer.Of(0.5);
        DecisionScorer.Score(model, answers, "t").Value.Winner.Id.ShouldBe("b");
    }
}
