using Plumbline.Checks.Inventory;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.Inventory;

public sealed class InventoryChecksTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static InventorySystem System(int id, string name, Func<InventorySystem, InventorySystem>? change = null)
    {
        var s = new InventorySystem(id, name, PeopleWhoKnowIt: 3, AdminAccounts: 0, MfaEnforced: false, HasBackups: true, LastRestoreTest: Today.AddMonths(-1),
            Lifecycle: SystemLifecycle.Active, BusinessFit: null, TechnicalFit: null);
        return change is null ? s : change(s);
    }

    private static InventorySnapshot Snapshot(IReadOnlyList<InventorySystem> systems, IReadOnlyList<InventoryDataHolding>? holdings = null, IReadOnlyList<InventoryIntegration>? integrations = null) =>
        new(systems, holdings ?? [], integrations ?? [], Today);

    private static List<Finding> Failures(InventorySnapshot snapshot) => [.. InventoryChecks.Run(snapshot).Where(f => f.NeedsAction)];

    [Fact]
    public void A_healthy_system_passes_every_check()
    {
        var findings = InventoryChecks.Run(Snapshot([System(1, "Books")]));

        findings.ShouldNotBeEmpty();
        findings.ShouldAllBe(f => f.Outcome == Outcome.Pass);
    }

    [Fact]
    public void Data_with_no_source_of_truth_and_data_with_two_are_both_reported()
    {
        var snapshot = Snapshot(
            [System(1, "Shop"), System(2, "CRM")],
            [
                new(1, "customers", IsSourceOfTruth: true),
                new(2, "Customers", IsSourceOfTruth: true),
                new(2, "products", IsSourceOfTruth: false),
                new(1, "orders", IsSourceOfTruth: true),
            ]);

        var failures = Failures(snapshot).Where(f => f.CheckId == nameof(DataHasOneSourceOfTruth)).ToList();

        failures.Count.ShouldBe(2);
        failures.ShouldContain(f => f.Detail.Contains("CRM and Shop each claim"));
        failures.ShouldContain(f => f.Detail.Contains("Nobody owns the products data"));
        failures.ShouldAllBe(f => f.RecommendationId == "name-a-source-of-truth");
    }

    [Fact]
    public void A_system_only_one_person_knows_is_reported()
    {
        var failures = Failures(Snapshot([System(1, "Payroll", s => s with { PeopleWhoKnowIt = 1 })]));

        failures.Single().RecommendationId.ShouldBe("spread-system-knowledge");
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(7, true)]
    [InlineData(5, false)]
    public void Backups_never_restore_tested_or_not_in_six_months_are_reported(int? monthsAgo, bool reported)
    {
        var failures = Failures(Snapshot([System(1, "Files", s => s with { LastRestoreTest = monthsAgo is { } m ? Today.AddMonths(-m) : null })]));

        failures.Any(f => f.RecommendationId == "test-restores").ShouldBe(reported);
    }

    [Fact]
    public void A_system_with_no_backups_is_reported_instead_of_its_restores()
    {
        var failures = Failures(Snapshot([System(1, "Files", s => s with { HasBackups = false })]));

        failures.Single().RecommendationId.ShouldBe("back-up-critical-systems");
    }

    [Fact]
    public void Backups_nobody_has_recorded_are_inconclusive_not_a_pass_and_ask_no_restore_test()
    {
        var findings = InventoryChecks.Run(Snapshot([System(1, "Till", s => s with { HasBackups = null, LastRestoreTest = null })]));

        var backups = findings.Single(f => f.CheckId == "SystemIsBackedUp");
        backups.Outcome.ShouldBe(Outcome.Inconclusive);
        backups.Detail.ShouldContain("Nobody has said whether Till is backed up");
        findings.ShouldNotContain(f => f.CheckId == "RestoresAreTested");
    }

    [Fact]
    public void Admins_without_mfa_are_reported_and_with_mfa_pass()
    {
        var failures = Failures(Snapshot([System(1, "Email", s => s with { AdminAccounts = 2 }), System(2, "Bank", s => s with { AdminAccounts = 1, MfaEnforced = true })]));

        failures.Single().Detail.ShouldContain("Email has 2 admin account(s) without multi-factor");
    }

    [Fact]
    public void Silent_integrations_and_manual_re_keying_are_reported()
    {
        var snapshot = Snapshot(
            [System(1, "Shop"), System(2, "Books"), System(3, "Stock")],
            integrations:
            [
                new(1, 2, IntegrationKind.AutomationPlatform, "orders", AlertsOnFailure: false),
                new(1, 3, IntegrationKind.ManualRekeying, "orders", AlertsOnFailure: false),
                new(2, 3, IntegrationKind.Api, null, AlertsOnFailure: true),
            ]);

        var failures = Failures(snapshot);

        failures.Select(f => f.RecommendationId).Order().ShouldBe(["alert-on-integration-failure", "automate-manual-re-keying"]);
        failures.ShouldContain(f => f.Detail == "People re-key orders by hand from Shop into Stock.");
    }

    [Fact]
    public void Portfolio_migrate_or_eliminate_and_end_of_life_ask_for_a_decision()
    {
        var failures = Failures(Snapshot(
            [System(1, "Old CRM", s => s with { BusinessFit = 4, TechnicalFit = 1 }), System(2, "Fax", s => s with { Lifecycle = SystemLifecycle.EndOfLife }), System(3, "Shop", s => s with { BusinessFit = 5, TechnicalFit = 5 })]));

        failures.Where(f => f.RecommendationId == "review-and-replace-system").Count().ShouldBe(2);
        Portfolio.Of(4, 1).ShouldBe(PortfolioQuadrant.Migrate);
        Portfolio.Of(1, 4).ShouldBe(PortfolioQuadrant.Tolerate);
        Portfolio.Of(1, 1).ShouldBe(PortfolioQuadrant.Eliminate);
        Portfolio.Of(3, 3).ShouldBe(PortfolioQuadrant.Invest);
    }

    [Fact]
    public void Fingerprints_are_stable_across_runs()
    {
        var snapshot = Snapshot([System(1, "Payroll", s => s with { PeopleWhoKnowIt = 0 })]);

        InventoryChecks.Run(snapshot).Select(f => f.Fingerprint)
            .ShouldBe(InventoryChecks.Run(snapshot with { Today = Today.AddDays(3) }).Select(f => f.Fingerprint));
    }

    [Fact]
    public void Fingerprints_keep_the_seeds_of_the_ids_the_checks_had_before_so_stored_findings_still_match()
    {
        var findings = InventoryChecks.Run(Snapshot([System(1, "Payroll", s => s with { HasBackups = false, AdminAccounts = 1 })]));

        findings.Single(f => f.CheckId == nameof(SystemIsBackedUp)).Fingerprint.ShouldBe(Fingerprint.Of("inventory.backups", "payroll"));
        findings.Single(f => f.CheckId == nameof(AdminsUseMfa)).Fingerprint.ShouldBe(Fingerprint.Of("inventory.admin-mfa", "payroll"));
        findings.Single(f => f.CheckId == nameof(SystemKnownByMoreThanOnePerson)).Fingerprint.ShouldBe(Fingerprint.Of("inventory.known-by-one-person", "payroll"));
    }

    [Fact]
    public void Every_inventory_check_is_named_as_its_id()
    {
        InventoryChecks.All.ShouldAllBe(c => c.Descriptor.Id == c.GetType().Name && c.Descriptor.Area == InventoryChecks.Area);
    }
}
