using Plumbline.Core.Items;
using Plumbline.Core.Register;
using Plumbline.Core.Scales;

namespace Plumbline.Core.Tests.Register;

public sealed class RegisterReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void A_full_register_is_read_with_its_planning_settings()
    {
        const string yaml = """
            name: Corner Bakery
            planning:
              start: 2027-02-01
              capacity: 6
              budget: { hours: 40, money: 5000, hourly-rate: 80, currency: EUR }
              include-skip-for-now: true
            items:
              - id: pos-backup
                title: Back up the till database
                impact: critical
                effort: 2
                phase: risk-reduction
                owner: Ana
                estimate: 1d
                status: in-progress
              - title: Online ordering
                impact: 3
                effort: 4
                phase: mvp
                depends-on: [pos-backup]
                cost: 1200
            """;

        var result = RegisterReader.Read(yaml, "bakery.yml", Today);

        result.Success.ShouldBeTrue(string.Join("; ", result.Errors));
        var register = result.Value;
        register.Name.ShouldBe("Corner Bakery");
        register.Settings.Start.ShouldBe(new DateOnly(2027, 2, 1));
        register.Settings.CapacityHoursPerWeek.ShouldBe(6);
        register.Settings.Budget!.Money.ShouldBe(5000m);
        register.Settings.Budget.HourlyRate.ShouldBe(80m);
        register.Settings.IncludeSkipForNow.ShouldBeTrue();
        var backup = register.Items[0];
        backup.Impact.ShouldBe(Impact.Critical);
        backup.EstimateHours.ShouldBe(8);
        backup.Status.ShouldBe(ItemStatus.InProgress);
        backup.Owner.ShouldBe("Ana");
        var ordering = register.Items[1];
        ordering.Id.ShouldBe("online-ordering");
        ordering.DependsOn.ShouldBe(["pos-backup"]);
        ordering.Cost.ShouldBe(1200m);
        ordering.Quadrant.ShouldBe(Quadrant.PlanAndInvest);
    }

    [Fact]
    public void Without_planning_the_start_is_today_and_capacity_the_default()
    {
        var result = RegisterReader.Read("items:\n  - title: A\n    impact: 3\n    effort: 1\n", "r.yml", Today);

        result.Value.Settings.Start.ShouldBe(Today);
        result.Value.Settings.CapacityHoursPerWeek.ShouldBe(8);
        result.Value.Items.Single().Phase.ShouldBe(Phase.RiskReduction);
    }

    [Fact]
    public void An_item_naming_a_recommendation_takes_its_defaults()
    {
        var result = RegisterReader.Read("items:\n  - title: Restore test\n    recommendation: test-restores\n", "r.yml", Today);

        var item = result.Value.Items.Single();
        item.Impact.ShouldBe(Impact.Critical);
        item.Effort.ShouldBe(Effort.Small);
        item.RecommendationId.ShouldBe("test-restores");
    }

    [Theory]
    [InlineData("", "r.yml: the file is empty")]
    [InlineData("items: [", "r.yml:2:1: YAML syntax error")]
    [InlineData("name: \"unclosed\nitems: []\n", "YAML syntax error")]
    [InlineData("items:\n  - title: A\n    impact: 7\n    effort: 1\n", "r.yml:3:13: impact in item 'A' must be 1 to 5")]
    [InlineData("items:\n  - title: A\n    impact: 3\n    effort: 1\n    colour: red\n", "r.yml:5:5: unknown field 'colour' in an item")]
    [InlineData("items:\n  - title: A\n    effort: 1\n", "item 'A' is missing the required field 'impact'")]
    [InlineData("items:\n  - title: A\n    impact: 3\n    effort: 1\n    phase: someday\n", "phase in item 'A' must be one of immediate-fixes")]
    [InlineData("items:\n  - title: A\n    impact: 3\n    effort: 1\n    depends-on: [ghost]\n", "r.yml:5:18: depends-on names 'ghost'")]
    [InlineData("items:\n  - title: A\n    impact: 3\n    effort: 1\n  - title: A\n    impact: 3\n    effort: 1\n", "two items have the id 'a'")]
    [InlineData("planning:\n  start: next week\nitems: []\n", "'start' in 'planning' must be a date")]
    [InlineData("planning:\n  capacity: 0\nitems: []\n", "'capacity' in 'planning' must be between 0.5 and 168")]
    [InlineData("name: x\n", "the register has no 'items' list")]
    [InlineData("- just\n- a list\n", "the register must be a mapping")]
    [InlineData("items:\n  - title: A\n    impact: 3\n    effort: 1\n    estimate: soon\n", "estimate in item 'A' must be hours")]
    public void Malformed_registers_are_reported_with_where_and_what(string yaml, string expected)
    {
        var result = RegisterReader.Read(yaml, "r.yml", Today);

        result.Success.ShouldBeFalse();
        string.Join("\n", result.Errors).ShouldContain(expected);
    }

    [Fact]
    public void A_dependency_cycle_in_a_register_is_reported_with_the_items()
    {
        const string yaml = """
            items:
              - { id: a, title: A, impact: 3, effort: 1, depends-on: [b] }
              - { id: b, title: B, impact: 3, effort: 1, depends-on: [a] }
            """;

        var result = RegisterReader.Read(yaml, "r.yml", Today);

        result.Errors.Single().ToString().ShouldBe("r.yml: dependency cycle: a -> b -> a (remove one of these depends-on links)");
    }

    [Fact]
    public void The_bundled_example_register_is_valid()
    {
        var path = Path.Combine(RepoRoot(), "examples", "register.yml");

        var result = RegisterReader.Read(File.ReadAllText(path), path, Today);

        result.Success.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Value.Items.Count.ShouldBeGreaterThanOrEqualTo(8);
        result.Value.Items.Select(i => i.Quadrant).Distinct().Count().ShouldBe(4);
    }

    [Theory]
    [InlineData("Replace the legacy ERP", "replace-the-legacy-erp")]
    [InlineData("  CRM ↔ accounting: sync!  ", "crm-accounting-sync")]
    public void Ids_are_made_from_titles(string title, string expected) => Slug.Of(title).ShouldBe(expected);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plumbline.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Plumbline.slnx not found above the test folder.");
    }
}
