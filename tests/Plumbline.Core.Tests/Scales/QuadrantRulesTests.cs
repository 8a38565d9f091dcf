using Plumbline.Core.Scales;

namespace Plumbline.Core.Tests.Scales;

public sealed class QuadrantRulesTests
{
    public static TheoryData<int, int, Quadrant> EveryPair()
    {
        var data = new TheoryData<int, int, Quadrant>();
        for (var impact = 1; impact <= 5; impact++)
        {
            for (var effort = 1; effort <= 5; effort++)
            {
                // Written out independently of the implementation: high impact is 3+, high effort is 3+.
                var expected = (impact >= 3, effort >= 3) switch
                {
                    (true, false) => Quadrant.DoNow,
                    (true, true) => Quadrant.PlanAndInvest,
                    (false, false) => Quadrant.QuickWins,
                    _ => Quadrant.SkipForNow,
                };
                data.Add(impact, effort, expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_impact_and_effort_pair_lands_in_its_documented_quadrant(int impact, int effort, Quadrant expected) =>
        QuadrantRules.Of(new Impact(impact), new Effort(effort)).ShouldBe(expected);

    [Fact]
    public void The_boundaries_sit_between_low_and_moderate_impact_and_small_and_medium_effort()
    {
        QuadrantRules.Of(Impact.Low, Effort.Small).ShouldBe(Quadrant.QuickWins);
        QuadrantRules.Of(Impact.Moderate, Effort.Small).ShouldBe(Quadrant.DoNow);
        QuadrantRules.Of(Impact.Moderate, Effort.Medium).ShouldBe(Quadrant.PlanAndInvest);
        QuadrantRules.Of(Impact.Low, Effort.Medium).ShouldBe(Quadrant.SkipForNow);
    }

    [Theory]
    [InlineData("do-now", Quadrant.DoNow)]
    [InlineData("DoNow", Quadrant.DoNow)]
    [InlineData("Plan & invest", Quadrant.PlanAndInvest)]
    [InlineData("quick_wins", Quadrant.QuickWins)]
    [InlineData("skip-for-now", Quadrant.SkipForNow)]
    public void Quadrants_are_read_from_names_labels_and_kebab_forms(string text, Quadrant expected)
    {
        QuadrantRules.TryParse(text, out var q).ShouldBeTrue();
        q.ShouldBe(expected);
    }

    [Fact]
    public void An_unknown_quadrant_name_is_not_read() => QuadrantRules.TryParse("urgent", out _).ShouldBeFalse();

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("7")]
    [InlineData("huge")]
    [InlineData("")]
    public void Impact_outside_one_to_five_is_rejected(string text) => Impact.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("critical", 5)]
    [InlineData("Moderate", 3)]
    [InlineData("1", 1)]
    public void Impact_is_read_from_numbers_and_level_names(string text, int expected)
    {
        Impact.TryParse(text, out var impact).ShouldBeTrue();
        impact.Value.ShouldBe(expected);
    }

    [Fact]
    public void Effort_levels_map_to_documented_hours() =>
        Enumerable.Range(1, 5).Select(v => new Effort(v).DefaultHours).ShouldBe([2, 8, 24, 80, 200]);

    [Fact]
    public void Phases_are_ordered_as_the_roadmap_runs() =>
        Enum.GetValues<Phase>().Select(p => p.Label()).ShouldBe(
        [
            "Immediate fixes", "Risk reduction", "First useful automation", "Security basics",
            "Data cleanup", "Integrations", "MVP", "Maintenance plan",
        ]);
}
