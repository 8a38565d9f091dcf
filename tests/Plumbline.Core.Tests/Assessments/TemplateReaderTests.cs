using Plumbline.Core.Assessments;
using Plumbline.Core.Assessments.Conditions;
using Plumbline.Core.Input;
using Plumbline.Core.Recommendations;

namespace Plumbline.Core.Tests.Assessments;

public sealed class TemplateReaderTests
{
    private const string Valid = """
        id: mini
        title: Mini
        sections:
          - title: Basics
            questions:
              - id: has-staging
                text: Is there a staging environment?
                kind: yes-no-unsure
              - id: why-not
                text: Why not?
                kind: text
                when: { question: has-staging, is: no }
        rules:
          - id: no-staging
            when: { question: has-staging, is: no }
            recommendation: test-restores
            detail: No staging.
        """;

    private static ParseResult<AssessmentTemplate> Read(string yaml) => TemplateReader.Read(yaml, "mini.yml", RecommendationCatalog.BuiltIn);

    private static InputError SingleError(string yaml)
    {
        var read = Read(yaml);
        read.Success.ShouldBeFalse();
        return read.Errors.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_valid_template_reads_its_questions_conditions_and_rules()
    {
        var t = Read(Valid).Value;
        t.Questions.Select(q => q.Id).ShouldBe(["has-staging", "why-not"]);
        t.Find("why-not")!.When.ShouldBe(new AnswerIs("has-staging", AnswerTest.Is, ["no"]), new ConditionComparer());
        t.Rules.ShouldHaveSingleItem().RecommendationId.ShouldBe("test-restores");
    }

    [Fact]
    public void An_unknown_field_is_an_error_at_its_line()
    {
        var e = SingleError(Valid.Replace("        kind: text", "        kind: text\n        colour: blue"));
        e.Line.ShouldBe(12);
        e.Message.ShouldContain("unknown field 'colour'");
    }

    [Fact]
    public void A_duplicate_question_id_is_an_error_at_its_line()
    {
        var e = SingleError(Valid.Replace("id: why-not", "id: has-staging"));
        e.Message.ShouldContain("two questions have the id 'has-staging'");
        e.Line.ShouldBe(9);
    }

    [Fact]
    public void A_condition_on_a_later_question_is_an_error()
    {
        var yaml = Valid.Replace(
            "        kind: yes-no-unsure\n",
            "        kind: yes-no-unsure\n        when: { question: why-not, answered: true }\n");
        var e = SingleError(yaml);
        e.Message.ShouldContain("'why-not', which is asked later");
        e.Line.ShouldBe(9);
    }

    [Fact]
    public void A_condition_on_an_unknown_question_is_an_error()
    {
        var e = SingleError(Valid.Replace("when: { question: has-staging, is: no }\nrules", "when: { question: has-stage, is: no }\nrules"));
        e.Message.ShouldContain("'has-stage', which is not a question of this template");
        e.Line.ShouldBe(12);
    }

    [Fact]
    public void A_condition_value_that_is_not_an_option_is_an_error()
    {
        var e = SingleError(Valid.Replace("  - id: no-staging\n    when: { question: has-staging, is: no }", "  - id: no-staging\n    when: { question: has-staging, is: nope }"));
        e.Message.ShouldContain("'nope'");
        e.Message.ShouldContain("yes, no, unsure");
        e.Line.ShouldBe(15);
    }

    [Fact]
    public void A_recommendation_missing_from_the_catalog_is_an_error()
    {
        var e = SingleError(Valid.Replace("recommendation: test-restores", "recommendation: make-it-so"));
        e.Message.ShouldContain("'make-it-so', which is not in the catalog");
        e.Line.ShouldBe(16);
    }

    [Fact]
    public void A_test_that_does_not_suit_the_question_kind_is_an_error()
    {
        var e = SingleError(Valid.Replace("  - id: no-staging\n    when: { question: has-staging, is: no }", "  - id: no-staging\n    when: { question: has-staging, more-than: 3 }"));
        e.Message.ShouldContain("'more-than' tests a number or date answer");
    }

    [Fact]
    public void A_choice_question_without_options_is_an_error()
    {
        var e = SingleError(Valid.Replace("kind: text", "kind: single"));
        e.Message.ShouldContain("needs an 'options' list");
    }

    [Fact]
    public void A_yaml_syntax_error_has_a_line()
    {
        var e = SingleError("id: x\nsections: [\n");
        e.Message.ShouldStartWith("YAML syntax error");
        e.Line.ShouldNotBeNull();
    }

    [Fact]
    public void Several_errors_are_all_reported()
    {
        var read = Read(Valid.Replace("kind: text", "kind: essay").Replace("recommendation: test-restores", "recommendation: nope"));
        read.Errors.Count.ShouldBe(2);
    }

    [Fact]
    public void User_templates_are_added_and_replace_a_built_in_with_the_same_id()
    {
        var mine = Valid.Replace("id: mini", "id: warning-signs").Replace("title: Mini", "title: Our warning signs");
        var lib = TemplateLibrary.BuiltIn.With([(Valid, "mini.yml"), (mine, "ws.yml")], RecommendationCatalog.BuiltIn).Value;
        lib.All.Count.ShouldBe(9);
        lib.Find("warning-signs")!.Title.ShouldBe("Our warning signs");
        lib.Find("mini")!.BuiltIn.ShouldBeFalse();
    }

    [Fact]
    public void Two_user_templates_with_one_id_are_an_error()
    {
        var lib = TemplateLibrary.BuiltIn.With([(Valid, "a.yml"), (Valid, "b.yml")], RecommendationCatalog.BuiltIn);
        lib.Errors.ShouldHaveSingleItem().Message.ShouldContain("also used by a.yml");
    }

    private sealed class ConditionComparer : IEqualityComparer<Condition?>
    {
        public bool Equals(Condition? x, Condition? y) => x?.ToString() == y?.ToString();

        public int GetHashCode(Condition? obj) => obj?.ToString()?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
