using Plumbline.Core.Findings;
using Plumbline.Web.Data;
using Plumbline.Web.Inventory;

namespace Plumbline.Web.Tests.Inventory;

public sealed class InventoryChecksTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static SystemEntry System(int id, string name, Action<SystemEntry>? change = null)
    {
        var s = new SystemEntry { Id = id, Name = name, Kind = "x", PeopleWhoKnowIt = 3, HasBackups = true, LastRestoreTest = Today.AddMonths(-1) };
        change?.Invoke(s);
        return s;
    }

    private static List<Finding> Failures(InventorySnapshot snapshot) => [.. InventoryChecks.Run(snapshot, Today).Where(f => f.NeedsAction)];

    [Fact]
    public void A_healthy_system_passes_every_check()
    {
        var findings = InventoryChecks.Run(new([System(1, "Books")], [], []), Today);

        findings.ShouldNotBeEmpty();
        findings.ShouldAllBe(f => f.Outcome == Outcome.Pass);
    }

    [Fact]
    public void Data_with_no_source_of_truth_and_data_with_two_are_both_reported()
    {
        var snapshot = new InventorySnapshot(
            [System(1, "Shop"), System(2, "CRM")],
            [
                new DataHolding { SystemId = 1, DataKind = "customers", IsSourceOfTruth = true },
                new DataHolding { SystemId = 2, DataKind = "Customers", IsSourceOfTruth = true },
                new DataHolding { SystemId = 2, DataKind = "products", IsSourceOfTruth = false },
                new DataHolding { SystemId = 1, DataKind = "orders", IsSourceOfTruth = true },
            ],
            []);

        var failures = Failures(snapshot).Where(f => f.CheckId == InventoryChecks.SourceOfTruth).ToList();

        failures.Count.ShouldBe(2);
        failures.ShouldContain(f => f.Detail.Contains("CRM and Shop each claim"));
        failures.ShouldContain(f => f.Detail.Contains("Nobody owns the products data"));
        failures.ShouldAllBe(f => f.RecommendationId == "name-a-source-of-truth");
    }

    [Fact]
    public void A_system_only_one_person_knows_is_reported()
    {
        var failures = Failures(new([System(1, "Payroll", s => s.PeopleWhoKnowIt = 1)], [], []));

        failures.Single().RecommendationId.ShouldBe("spread-system-knowledge");
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(7, true)]
    [InlineData(5, false)]
    public void Backups_never_restore_tested_or_not_in_six_months_are_reported(int? monthsAgo, bool reported)
    {
        var failures = Failures(new([System(1, "Files", s => s.LastRestoreTest = monthsAgo is { } m ? Today.AddMonths(-m) : null)], [], []));

        failures.Any(f => f.RecommendationId == "test-restores").ShouldBe(reported);
    }

    [Fact]
    public void A_system_with_no_backups_is_reported_instead_of_its_restores()
    {
        var failures = Failures(new([System(1, "Files", s => s.HasBackups = false)], [], []));

        failures.Single().RecommendationId.ShouldBe("back-up-critical-systems");
    }

    [Fact]
    public void Admins_without_mfa_are_reported_and_with_mfa_pass()
    {
        var failures = Failures(new([System(1, "Email", s => s.AdminAccounts = 2), System(2, "Bank", s => { s.AdminAccounts = 1; s.MfaEnforced = true; })], [], []));

        failures.Single().Detail.ShouldContain("Email has 2 admin account(s) without multi-factor");
    }

    [Fact]
    public void Silent_integrations_and_manual_re_keying_are_reported()
    {
        var snapshot = new InventorySnapshot(
            [System(1, "Shop"), System(2, "Books"), System(3, "Stock")],
            [],
            [
                new Integration { FromSystemId = 1, ToSystemId = 2, Kind = IntegrationKind.AutomationPlatform, DataKind = "orders" },
                new Integration { FromSystemId = 1, ToSystemId = 3, Kind = IntegrationKind.ManualRekeying, DataKind = "orders" },
                new Integration { FromSystemId = 2, ToSystemId = 3, Kind = IntegrationKind.Api, AlertsOnFailure = true },
            ]);

        var failures = Failures(snapshot);

        failures.Select(f => f.RecommendationId).Order().ShouldBe(["alert-on-integration-failure", "automate-manual-re-keying"]);
        failures.ShouldContain(f => f.Detail == "People re-key orders by hand from Shop into Stock.");
    }

    [Fact]
    public void Portfolio_migrate_or_eliminate_and_end_of_life_ask_for_a_decision()
    {
        var failures = Failures(new(
            [System(1, "Old CRM", s => { s.BusinessFit = 4; s.TechnicalFit = 1; }), System(2, "Fax", s => s.Lifecycle = SystemLifecycle.EndOfLife), System(3, "Shop", s => { s.BusinessFit = 5; s.TechnicalFit = 5; })],
            [],
            []));

        failures.Where(f => f.RecommendationId == "review-and-replace-system").Count().ShouldBe(2);
        Portfolio.Of(4, 1).ShouldBe(PortfolioQuadrant.Migrate);
        Portfolio.Of(1, 4).ShouldBe(PortfolioQuadrant.Tolerate);
        Portfolio.Of(1, 1).ShouldBe(PortfolioQuadrant.Eliminate);
        Portfolio.Of(3, 3).ShouldBe(PortfolioQuadrant.Invest);
    }

    [Fact]
    public void Fingerprints_are_stable_across_runs()
    {
        var snapshot = new InventorySnapshot([System(1, "Payroll", s => s.PeopleWhoKnowIt = 0)], [], []);

        InventoryChecks.Run(snapshot, Today).Select(f => f.Fingerprint)
            .ShouldBe(InventoryChecks.Run(snapshot, Today.AddDays(3)).Select(f => f.Fingerprint));
    }
}
