using Plumbline.Core.Assessments;
using Plumbline.Core.Recommendations;

namespace Plumbline.Core.Tests.Assessments;

public sealed class BuiltInTemplateTests
{
    private static readonly string[] Shipped =
        ["warning-signs", "security-basics", "architecture-review", "vendor-proposal", "build-vs-buy", "automation-ai-plan", "mvp-scope", "technical-leadership"];

    public static TheoryData<string> Ids => [.. Shipped];

    [Fact]
    public void All_eight_built_in_templates_load_in_the_shipped_order()
    {
        TemplateLibrary.BuiltIn.All.Select(t => t.Id).ShouldBe(Shipped);
        TemplateLibrary.BuiltIn.All.ShouldAllBe(t => t.BuiltIn);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_built_in_template_validates_with_real_questions_and_rules(string id)
    {
        var text = TemplateLibrary.BuiltInText(id).ShouldNotBeNull();
        var read = TemplateReader.Read(text, $"{id}.yml", RecommendationCatalog.BuiltIn);
        read.Errors.ShouldBeEmpty();
        read.Value.Questions.Count.ShouldBeGreaterThanOrEqualTo(5);
        (read.Value.Rules.Count + (read.Value.Decision is null ? 0 : 1)).ShouldBeGreaterThan(0);
        read.Value.Questions.ShouldAllBe(q => q.Text.Length > 10);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_built_in_template_has_an_answer_fixture(string id) =>
        File.Exists(Path.Combine(AppContext.BaseDirectory, "Assessments", "Fixtures", $"{id}.answers.yml")).ShouldBeTrue();
}
