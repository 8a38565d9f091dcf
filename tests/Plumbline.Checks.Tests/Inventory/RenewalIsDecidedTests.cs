using Plumbline.Checks.Inventory;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.Inventory;

public sealed class RenewalIsDecidedTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static Finding? Judge(DateOnly? renewsOn, int? noticeDays, RenewalDecision decision = RenewalDecision.Undecided)
    {
        var system = new InventorySystem(1, "Xero", PeopleWhoKnowIt: 2, AdminAccounts: 0, MfaEnforced: false, HasBackups: true, LastRestoreTest: Today,
            Lifecycle: SystemLifecycle.Active, BusinessFit: null, TechnicalFit: null, RenewsOn: renewsOn, NoticeDays: noticeDays, RenewalDecision: decision);
        return new RenewalIsDecided().Run(new InventorySnapshot([system], [], [], Today)).SingleOrDefault();
    }

    [Fact]
    public void An_undecided_renewal_inside_its_notice_period_is_a_finding_naming_the_deadline()
    {
        var finding = Judge(Today.AddDays(20), noticeDays: 30).ShouldNotBeNull();

        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.Severity.ShouldBe(Severity.High);
        finding.RecommendationId.ShouldBe("decide-renewals-before-the-notice-deadline");
        finding.Detail.ShouldBe("Xero renews on 2026-03-22 and no decision is recorded; the notice deadline (30 days) was 2026-02-20.");
        finding.Evidence.ShouldContain("notice deadline: 2026-02-20");
        finding.Location.Record.ShouldBe("system: Xero");
    }

    [Fact]
    public void The_notice_deadline_itself_is_inside_the_notice_period()
    {
        var finding = Judge(Today.AddDays(30), noticeDays: 30).ShouldNotBeNull();

        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.Detail.ShouldEndWith("the notice deadline (30 days) is today.");
    }

    [Fact]
    public void The_day_before_the_notice_period_passes()
    {
        var finding = Judge(Today.AddDays(31), noticeDays: 30).ShouldNotBeNull();

        finding.Outcome.ShouldBe(Outcome.Pass);
        finding.Detail.ShouldBe("Xero renews on 2026-04-02; the notice deadline is 2026-03-03, still ahead.");
    }

    [Theory]
    [InlineData(RenewalDecision.Renew)]
    [InlineData(RenewalDecision.Cancel)]
    [InlineData(RenewalDecision.Renegotiate)]
    public void A_recorded_decision_passes_even_inside_the_notice_period(RenewalDecision decision)
    {
        var finding = Judge(Today.AddDays(5), noticeDays: 60, decision).ShouldNotBeNull();

        finding.Outcome.ShouldBe(Outcome.Pass);
        finding.Detail.ShouldContain(decision.Label());
    }

    [Fact]
    public void A_renewal_with_no_notice_period_recorded_is_inconclusive()
    {
        var finding = Judge(Today.AddDays(5), noticeDays: null).ShouldNotBeNull();

        finding.Outcome.ShouldBe(Outcome.Inconclusive);
        finding.Detail.ShouldContain("notice period is not recorded");
    }

    [Fact]
    public void A_renewal_date_in_the_past_asks_for_the_next_one()
    {
        var finding = Judge(Today.AddDays(-1), noticeDays: 30).ShouldNotBeNull();

        finding.Outcome.ShouldBe(Outcome.Inconclusive);
        finding.Detail.ShouldBe("Xero's renewal date 2026-03-01 has passed: record the next renewal date.");
    }

    [Fact]
    public void A_system_with_no_renewal_date_is_not_judged()
    {
        Judge(null, noticeDays: 30).ShouldBeNull();
    }
}
