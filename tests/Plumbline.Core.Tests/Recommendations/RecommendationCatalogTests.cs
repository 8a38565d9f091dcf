using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;

namespace Plumbline.Core.Tests.Recommendations;

public sealed class RecommendationCatalogTests
{
    [Fact]
    public void The_built_in_catalog_loads_with_complete_recommendations()
    {
        var all = RecommendationCatalog.BuiltIn.All;

        all.ShouldNotBeEmpty();
        all.ShouldAllBe(r => r.Title.Length > 0 && r.Why.Length > 0 && r.How.Length > 0 && r.Category.Length > 0);
        all.Select(r => r.Id).ShouldBeUnique();
        all.ShouldAllBe(r => r.Id == Plumbline.Core.Register.Slug.Of(r.Id));
    }

    [Fact]
    public void A_user_file_overrides_impact_and_effort_of_a_known_recommendation_and_keeps_the_rest()
    {
        const string yaml = """
            recommendations:
              - id: test-restores
                impact: 2
                effort: large
            """;

        var merged = RecommendationCatalog.BuiltIn.WithOverrides(yaml, "mine.yml");

        merged.Success.ShouldBeTrue(string.Join("; ", merged.Errors));
        var r = merged.Value.Get("test-restores");
        r.Impact.ShouldBe(Impact.Low);
        r.Effort.ShouldBe(Effort.Large);
        r.Title.ShouldBe(RecommendationCatalog.BuiltIn.Get("test-restores").Title);
        RecommendationCatalog.BuiltIn.Get("test-restores").Impact.ShouldBe(Impact.Critical);
    }

    [Fact]
    public void A_user_file_adds_new_recommendations()
    {
        const string yaml = """
            recommendations:
              - id: label-the-server-room
                title: Label the server room cables
                why: Nobody knows which cable is the internet.
                how: Buy a label printer and spend an afternoon.
                category: operations
                impact: 1
                effort: 1
                phase: maintenance-plan
            """;

        var merged = RecommendationCatalog.BuiltIn.WithOverrides(yaml, "mine.yml").Value;

        merged.Get("label-the-server-room").Phase.ShouldBe(Phase.MaintenancePlan);
        merged.All.Count.ShouldBe(RecommendationCatalog.BuiltIn.All.Count + 1);
    }

    [Fact]
    public void A_new_recommendation_missing_fields_is_an_error_with_its_line()
    {
        const string yaml = """
            recommendations:
              - id: half-done
                title: Something
            """;

        var merged = RecommendationCatalog.BuiltIn.WithOverrides(yaml, "mine.yml");

        merged.Success.ShouldBeFalse();
        merged.Errors.ShouldContain(e => e.Message.Contains("'why'") && e.Line == 2);
    }

    [Fact]
    public void An_unknown_field_in_a_user_catalog_is_reported_with_line_and_column()
    {
        const string yaml = """
            recommendations:
              - id: test-restores
                impactt: 2
            """;

        var error = RecommendationCatalog.BuiltIn.WithOverrides(yaml, "mine.yml").Errors.Single();

        error.ToString().ShouldStartWith("mine.yml:3:5: unknown field 'impactt'");
    }
}
