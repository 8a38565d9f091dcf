using Plumbline.Core.Assessments;
using Plumbline.Core.Recommendations;

namespace Plumbline.Core.Tests.Assessments;

public sealed class AnswersTests
{
    private static readonly AssessmentTemplate Security = TemplateLibrary.BuiltIn.Find("security-basics")!;

    [Fact]
    public void An_answer_that_is_not_an_option_is_an_error_at_its_line()
    {
        var read = AnswersReader.Read("template: security-basics\nanswers:\n  mfa-everyone: yes\n  offboarding-speed: eventually\n", "a.yml", Security);
        var e = read.Errors.ShouldHaveSingleItem();
        e.ToString().ShouldBe("a.yml:4:22: 'eventually' is not an answer to 'offboarding-speed'; use one of: same-day, within-a-week, longer, nobody-checks");
    }

    [Fact]
    public void A_number_that_is_not_a_number_is_an_error_at_its_line()
    {
        var e = AnswersReader.Read("answers:\n  admin-count: several\n", "a.yml", Security).Errors.ShouldHaveSingleItem();
        e.Line.ShouldBe(2);
        e.Message.ShouldContain("must be a number, not 'several'");
    }

    [Fact]
    public void A_bad_date_an_unknown_question_and_a_wrong_template_are_all_reported()
    {
        var read = AnswersReader.Read("template: mvp-scope\nanswers:\n  last-restore-test: last spring\n  favourite-colour: blue\n", "a.yml", Security);
        read.Errors.Select(e => e.Line).ShouldBe([1, 3, 4]);
        read.Errors[0].Message.ShouldContain("for template 'mvp-scope'");
        read.Errors[1].Message.ShouldContain("must be a date like 2026-01-31");
        read.Errors[2].Message.ShouldContain("'favourite-colour' is not a question");
    }

    [Fact]
    public void A_malformed_answers_file_is_a_syntax_error_with_a_line()
    {
        var e = AnswersReader.Read("answers:\n  mfa-everyone: [yes\n", "a.yml", Security).Errors.ShouldHaveSingleItem();
        e.Message.ShouldStartWith("YAML syntax error");
        e.Line.ShouldNotBeNull();
    }

    [Fact]
    public void A_number_outside_the_question_range_is_an_error()
    {
        AnswersReader.Read("answers:\n  admin-count: -2\n", "a.yml", Security).Errors.ShouldHaveSingleItem().Message.ShouldContain("between 0 and 10000");
    }

    [Fact]
    public void Scores_must_cover_every_option_from_one_to_five()
    {
        var bvb = TemplateLibrary.BuiltIn.Find("build-vs-buy")!;
        var read = AnswersReader.Read("answers:\n  fit: { buy: 4, build: 7, integrate: 3 }\n", "a.yml", bvb);
        read.Errors.ShouldHaveSingleItem().Message.ShouldContain("from 1 (worst) to 5 (best)");
        AnswersReader.Read("answers:\n  fit: { buy: 4, build: 5, integrate: 3 }\n", "a.yml", bvb)
            .Errors.ShouldHaveSingleItem().Message.ShouldContain("missing: dont-build");
    }

    [Fact]
    public void Yes_no_words_are_read_loosely_and_stored_as_the_template_spells_them()
    {
        var a = AnswersReader.Read("answers:\n  mfa-everyone: Yes\n  password-manager: false\n  shared-admin: not sure\n", "a.yml", Security).Value;
        a.Values["mfa-everyone"].Text.ShouldBe("yes");
        a.Values["password-manager"].Text.ShouldBe("no");
        a.Values["shared-admin"].Text.ShouldBe("unsure");
    }

    [Fact]
    public void Written_answers_read_back_the_same_in_every_kind()
    {
        var bvb = TemplateLibrary.BuiltIn.Find("build-vs-buy")!;
        var answers = AssessmentAnswers.Empty("build-vs-buy")
            .With("need", Answer.Word(QuestionKind.Text, "Quote: \"fast\" — and: a list\n- not YAML #really"))
            .With("core-differentiator", Answer.Word(QuestionKind.YesNoUnsure, "no"))
            .With("fit", Answer.Scored(new Dictionary<string, int> { ["dont-build"] = 1, ["buy"] = 2, ["integrate"] = 3, ["build"] = 4 }));
        var text = AnswersWriter.Write(bvb, answers);
        var back = AnswersReader.Read(text, "saved.yml", bvb);
        back.Errors.ShouldBeEmpty();
        back.Value.Values.ShouldBe(answers.Values, ignoreOrder: true);

        var sec = AssessmentAnswers.Empty("security-basics")
            .With("admin-count", Answer.Of(4))
            .With("backup-copies", Answer.Many(["a-second-cloud-service", "a-local-drive"]))
            .With("last-restore-test", Answer.Of(new DateOnly(2026, 2, 28)))
            .With("domain-owner", Answer.Word(QuestionKind.Single, "a-vendor"));
        var secBack = AnswersReader.Read(AnswersWriter.Write(Security, sec), "s.yml", Security);
        secBack.Value.Values.ShouldBe(sec.Values, ignoreOrder: true);
    }

    [Fact]
    public void An_empty_answers_list_is_valid_and_produces_no_failing_findings()
    {
        var read = AnswersReader.Read("template: security-basics\nanswers: {}\n", "a.yml", Security);
        var result = AssessmentEngine.Evaluate(Security, read.Value, RecommendationCatalog.BuiltIn, new DateOnly(2026, 11, 23));
        result.Findings.ShouldBeEmpty();
        result.Unanswered.Count.ShouldBeGreaterThan(10);
    }
}
