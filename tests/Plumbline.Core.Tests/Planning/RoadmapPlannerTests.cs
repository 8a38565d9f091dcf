using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;
using Plumbline.Testing;

namespace Plumbline.Core.Tests.Planning;

public sealed class RoadmapPlannerTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    [Fact]
    public void Items_fill_weeks_at_the_given_capacity()
    {
        // 10 h a week: a (8 h) fits week 1, b (8 h) spans weeks 1–2, c (8 h) lands in weeks 2–3.
        var roadmap = Plan([TestItems.Make("a", hours: 8), TestItems.Make("b", hours: 8), TestItems.Make("c", hours: 8)], capacity: 10);

        roadmap.Scheduled.Select(s => (s.Item.Id, s.StartWeek, s.EndWeek)).ShouldBe(
            [("a", 1, 1), ("b", 1, 2), ("c", 2, 3)]);
        roadmap.Weeks.ShouldBe(3);
        roadmap.TotalHours.ShouldBe(24);
    }

    [Fact]
    public void Week_dates_follow_the_start_date()
    {
        var roadmap = Plan([TestItems.Make("a", hours: 5), TestItems.Make("b", hours: 10)], capacity: 10);

        var b = roadmap.Scheduled.Single(s => s.Item.Id == "b");
        b.StartDate.ShouldBe(Monday);
        b.EndDate.ShouldBe(Monday.AddDays(13));
    }

    [Fact]
    public void A_start_outside_2000_to_2100_is_an_error_not_an_overflow()
    {
        var result = RoadmapPlanner.Plan([TestItems.Make("a", hours: 5)], new PlanSettings(new DateOnly(9999, 12, 31), 8));

        result.Success.ShouldBeFalse();
        result.Errors.Single().Message.ShouldBe("the plan starts on 9999-12-31; enter a date from 2000 to 2100 for the start.");
        RoadmapPlanner.Plan([TestItems.Make("a", hours: 5)], new PlanSettings(new DateOnly(2100, 12, 31), 8)).Success.ShouldBeTrue();
    }

    [Fact]
    public void Effort_level_hours_are_used_when_an_item_has_no_estimate()
    {
        var roadmap = Plan([TestItems.Make("medium", impact: 4, effort: 3)], capacity: 8);

        roadmap.Scheduled.Single().Hours.ShouldBe(24);
        roadmap.Scheduled.Single().EndWeek.ShouldBe(3);
    }

    [Fact]
    public void Earlier_phases_are_scheduled_first()
    {
        var roadmap = Plan(
        [
            TestItems.Make("mvp", phase: Phase.Mvp),
            TestItems.Make("fix", phase: Phase.ImmediateFixes),
            TestItems.Make("risk", phase: Phase.RiskReduction),
        ]);

        roadmap.Scheduled.Select(s => s.Item.Id).ShouldBe(["fix", "risk", "mvp"]);
    }

    [Fact]
    public void Do_now_items_are_scheduled_first_in_priority_order_whatever_their_phase()
    {
        // The bakery: MFA for admins (impact 5, effort 1) is filed under Security basics, and landed in week 9
        // behind a week's worth of Plan & invest work in earlier phases.
        var roadmap = Plan(
        [
            TestItems.Make("erp", impact: 4, effort: 4, phase: Phase.ImmediateFixes, hours: 80),
            TestItems.Make("sync", impact: 3, effort: 3, phase: Phase.RiskReduction, hours: 24),
            TestItems.Make("restore", impact: 4, effort: 2, phase: Phase.RiskReduction, hours: 8),
            TestItems.Make("mfa", impact: 5, effort: 1, phase: Phase.SecurityBasics, hours: 2),
            TestItems.Make("spf", impact: 2, effort: 1, phase: Phase.ImmediateFixes, hours: 2),
        ]);

        roadmap.Scheduled.Select(s => s.Item.Id).ShouldBe(["mfa", "restore", "spf", "erp", "sync"]);
        roadmap.Scheduled[0].StartWeek.ShouldBe(1);
    }

    [Fact]
    public void What_a_do_now_item_depends_on_is_pulled_forward_with_it()
    {
        var roadmap = Plan(
        [
            TestItems.Make("mvp", impact: 4, effort: 4, phase: Phase.ImmediateFixes, hours: 16),
            TestItems.Make("decide", impact: 3, effort: 3, phase: Phase.DataCleanup, hours: 4),
            TestItems.Make("sync", impact: 4, effort: 2, phase: Phase.Integrations, hours: 4, dependsOn: ["decide"]),
        ]);

        roadmap.Scheduled.Select(s => s.Item.Id).ShouldBe(["decide", "sync", "mvp"]);
    }

    [Fact]
    public void Work_that_would_run_past_the_calendar_is_an_input_error_not_an_overflow()
    {
        var result = RoadmapPlanner.Plan([TestItems.Make("a", hours: 10000 * 40.0)], new PlanSettings(Monday, 0.5));

        result.Success.ShouldBeFalse();
        result.Errors.Single().Message.ShouldBe("the items need 800,000 weeks at 0.5 h a week, past the year 9999; check the estimates and the capacity");
    }

    [Fact]
    public void A_dependency_is_finished_before_the_item_that_needs_it_even_from_a_later_phase()
    {
        var roadmap = Plan(
        [
            TestItems.Make("sync", phase: Phase.ImmediateFixes, dependsOn: ["decide"]),
            TestItems.Make("decide", phase: Phase.DataCleanup),
        ]);

        roadmap.Scheduled.Select(s => s.Item.Id).ShouldBe(["decide", "sync"]);
        var decide = roadmap.Scheduled[0];
        var sync = roadmap.Scheduled[1];
        sync.StartWeek.ShouldBeGreaterThanOrEqualTo(decide.EndWeek);
    }

    [Fact]
    public void A_dependency_cycle_is_an_error_naming_the_items()
    {
        var result = RoadmapPlanner.Plan(
            [TestItems.Make("a", dependsOn: ["b"]), TestItems.Make("b", dependsOn: ["c"]), TestItems.Make("c", dependsOn: ["a"])],
            new PlanSettings(Monday, 10),
            "register.yml");

        result.Success.ShouldBeFalse();
        var message = result.Errors.Single().ToString();
        message.ShouldContain("dependency cycle");
        message.ShouldContain("a -> b -> c -> a");
    }

    [Fact]
    public void A_dependency_on_an_unknown_item_is_an_error()
    {
        var result = RoadmapPlanner.Plan([TestItems.Make("a", dependsOn: ["ghost"])], new PlanSettings(Monday, 10));

        result.Success.ShouldBeFalse();
        result.Errors.Single().Message.ShouldContain("'ghost'");
    }

    [Fact]
    public void An_hours_budget_defers_what_does_not_fit_with_the_reason()
    {
        var roadmap = Plan(
            [TestItems.Make("first", impact: 5, effort: 1, hours: 6), TestItems.Make("second", impact: 4, effort: 2, hours: 6)],
            budget: new Budget(Hours: 10));

        roadmap.Scheduled.Select(s => s.Item.Id).ShouldBe(["first"]);
        var deferred = roadmap.Deferred.Single();
        deferred.Item.Id.ShouldBe("second");
        deferred.Reason.ShouldBe("Over budget: needs 6 h, 4 h of the 10 h budget left");
    }

    [Fact]
    public void A_money_budget_uses_item_costs_or_hours_at_the_rate()
    {
        var expensive = TestItems.Make("expensive", impact: 5, effort: 5, hours: 10) with { Cost = 5000m };
        var roadmap = Plan(
            [TestItems.Make("cheap", impact: 5, effort: 1, hours: 10), expensive],
            budget: new Budget(Money: 3000m, HourlyRate: 100m, Currency: "USD"));

        roadmap.Scheduled.Single().Item.Id.ShouldBe("cheap");
        roadmap.Scheduled.Single().Cost.ShouldBe(1000m);
        roadmap.Deferred.Single().Reason.ShouldContain("costs USD 5,000");
    }

    [Fact]
    public void Items_waiting_on_a_deferred_item_are_deferred_too()
    {
        var roadmap = Plan(
            [TestItems.Make("big", impact: 5, effort: 5, hours: 100), TestItems.Make("after", hours: 1, dependsOn: ["big"])],
            budget: new Budget(Hours: 50));

        roadmap.Scheduled.ShouldBeEmpty();
        roadmap.Deferred.Select(d => d.Item.Id).ShouldBe(["big", "after"], ignoreOrder: true);
        roadmap.Deferred.Single(d => d.Item.Id == "after").Reason.ShouldContain("Waits on 'big'");
    }

    [Fact]
    public void Skip_for_now_items_are_listed_but_not_scheduled_unless_asked()
    {
        Item[] items = [TestItems.Make("low", impact: 1, effort: 5), TestItems.Make("now", impact: 5, effort: 1)];

        var byDefault = Plan(items);
        byDefault.Scheduled.Select(s => s.Item.Id).ShouldBe(["now"]);
        byDefault.NotScheduled.Single().Item.Id.ShouldBe("low");

        var asked = RoadmapPlanner.Plan(items, new PlanSettings(Monday, 10, IncludeSkipForNow: true)).Value;
        asked.Scheduled.Select(s => s.Item.Id).ShouldBe(["now", "low"], ignoreOrder: true);
    }

    [Fact]
    public void Done_items_satisfy_dependencies_and_are_not_scheduled()
    {
        var done = TestItems.Make("done") with { Status = ItemStatus.Done };
        var roadmap = Plan([done, TestItems.Make("next", dependsOn: ["done"])]);

        roadmap.Scheduled.Select(s => s.Item.Id).ShouldBe(["next"]);
        roadmap.NotScheduled.Single().Reason.ShouldBe("Done");
    }

    [Fact]
    public void Items_in_plan_order_follow_the_start_weeks_and_put_unscheduled_items_last()
    {
        // "security" is Do now with the best impact for its effort: first, though its phase comes after Risk reduction's.
        var security = TestItems.Make("security", impact: 5, effort: 1, phase: Phase.SecurityBasics, hours: 2);
        var risk = TestItems.Make("risk", impact: 4, effort: 2, phase: Phase.RiskReduction, hours: 8);
        var skipped = TestItems.Make("skipped", impact: 1, effort: 5, phase: Phase.ImmediateFixes);
        var roadmap = Plan([security, risk], capacity: 8);

        roadmap.InPlanOrder([security, skipped, risk]).Select(i => i.Id).ShouldBe(["security", "risk", "skipped"]);
        roadmap.InPlanOrder([]).ShouldBeEmpty();
    }

    private static Roadmap Plan(IReadOnlyList<Item> items, double capacity = 10, Budget? budget = null)
    {
        var result = RoadmapPlanner.Plan(items, new PlanSettings(Monday, capacity, budget));
        result.Success.ShouldBeTrue(string.Join("; ", result.Errors));
        return result.Value;
    }
}
