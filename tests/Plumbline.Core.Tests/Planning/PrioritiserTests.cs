using Plumbline.Core.Planning;
using Plumbline.Core.Scales;
using Plumbline.Testing;

namespace Plumbline.Core.Tests.Planning;

public sealed class PrioritiserTests
{
    [Fact]
    public void Within_a_quadrant_higher_impact_comes_first_then_lower_effort()
    {
        var ordered = Prioritiser.Order(
        [
            TestItems.Make("a", impact: 3, effort: 2),
            TestItems.Make("b", impact: 5, effort: 2),
            TestItems.Make("c", impact: 5, effort: 1),
        ]);

        ordered.Select(i => i.Id).ShouldBe(["c", "b", "a"]);
    }

    [Fact]
    public void Quadrants_are_taken_do_now_then_quick_wins_then_plan_and_invest_then_skip()
    {
        var ordered = Prioritiser.Order(
        [
            TestItems.Make("skip", impact: 1, effort: 5),
            TestItems.Make("plan", impact: 5, effort: 5),
            TestItems.Make("quick", impact: 2, effort: 1),
            TestItems.Make("now", impact: 3, effort: 2),
        ]);

        ordered.Select(i => i.Id).ShouldBe(["now", "quick", "plan", "skip"]);
    }

    [Fact]
    public void Every_quadrant_is_present_even_when_empty()
    {
        var byQ = Prioritiser.ByQuadrant([TestItems.Make("only", impact: 5, effort: 1)]);

        byQ.Keys.ShouldBe(Prioritiser.QuadrantOrder, ignoreOrder: true);
        byQ[Quadrant.DoNow].Count.ShouldBe(1);
        byQ[Quadrant.SkipForNow].ShouldBeEmpty();
    }
}
