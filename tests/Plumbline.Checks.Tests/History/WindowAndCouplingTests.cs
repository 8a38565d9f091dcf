using Plumbline.Checks.Audit;
using Plumbline.Checks.History;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Tests.History;

/// <summary>x.cs and y.cs change together: once when created with z.cs (2024-01), then four times (2024-02..05);
/// a commit touching 33 files (2024-07) is too big to count. So x–y share 5 revisions of 5 each: degree 100%;
/// x–z and y–z share 1. With since 2024-03-15 only April, May, June and July are read: x–y share 2.</summary>
public sealed class WindowAndCouplingTests : IDisposable
{
    private readonly HistoryRepo _repo = new();

    public WindowAndCouplingTests()
    {
        const string dave = "Dave <dave@x.test>";
        _repo.Commit(dave, "2024-01-10", ("x.cs", 10), ("y.cs", 10), ("z.cs", 10))
            .Modify(dave, "2024-02-10", "x.cs", "y.cs")
            .Modify(dave, "2024-03-10", "x.cs", "y.cs")
            .Modify(dave, "2024-04-10", "x.cs", "y.cs")
            .Modify(dave, "2024-05-10", "x.cs", "y.cs")
            .Modify("Erin <erin@x.test>", "2024-06-10", "z.cs");
        foreach (var i in Enumerable.Range(0, 31))
        {
            _repo.Write($"gen/f{i}.cs", 3);
        }

        _repo.Touch("x.cs").Touch("y.cs").CommitAll("Erin <erin@x.test>", "2024-07-10");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Files_changed_together_are_coupled_and_huge_commits_are_ignored()
    {
        var result = await _repo.AuditAsync("2024-08-01");

        var pair = result.Metrics["coupling"]!.AsArray().ShouldHaveSingleItem()!;
        pair["first"]!.GetValue<string>().ShouldBe("x.cs");
        pair["second"]!.GetValue<string>().ShouldBe("y.cs");
        pair["sharedCommits"]!.GetValue<int>().ShouldBe(5);
        pair["degree"]!.GetValue<int>().ShouldBe(100);
        result.Tables.Single(t => t.Id == "coupling").Rows.ShouldHaveSingleItem().ShouldBe(["x.cs", "y.cs", "5", "100%"]);
    }

    [Fact]
    public async Task Coupling_threshold_comes_from_the_configuration()
    {
        var config = Config("coupling:\n  min-shared-revisions: 1\n  max-files-per-commit: 40");

        var result = await _repo.AuditAsync("2024-08-01", config);

        // With the big commit counted, gen files pair with each other too; x–y now share 6.
        var pairs = result.Metrics["coupling"]!.AsArray();
        pairs[0]!["sharedCommits"]!.GetValue<int>().ShouldBe(6);
        pairs.Count.ShouldBe(20); // the JSON lists the top 20
    }

    [Fact]
    public async Task Since_reads_only_the_window_and_loses_the_creation()
    {
        var result = await _repo.AuditAsync("2024-08-01", Config("since: 2024-03-15"));

        result.Metrics["activity"]!["commits"]!.GetValue<int>().ShouldBe(4);
        result.Metrics["activity"]!["since"]!.GetValue<string>().ShouldBe("2024-03-15");
        result.Metrics["coupling"]!.AsArray().ShouldBeEmpty();
        // x.cs in the window: Dave 2 changes, Erin 1, nobody created it. Dave DL=2 AC=1: 3.398; Erin DL=1 AC=2: 3.104 < 3.293.
        result.Metrics["hotspots"]!.AsArray().Single(h => h!["path"]!.GetValue<string>() == "x.cs")!["authors"]!.AsArray()
            .Select(a => a!.GetValue<string>()).ShouldBe(["Dave"]);
    }

    [Fact]
    public async Task Since_and_until_together_select_the_commits_between()
    {
        var result = await _repo.AuditAsync("2024-08-01", Config("since: 2024-03-01\nuntil: 2024-05-31"));

        result.Metrics["activity"]!["commits"]!.GetValue<int>().ShouldBe(3); // March, April, May
    }

    [Fact]
    public async Task Window_from_the_command_line_overrides_the_file()
    {
        var config = HistorySettingsReader.WithWindow(Config("since: 2020-01-01\ninactive-months: 3"), "2024-06-01", null);

        var result = await _repo.AuditAsync("2024-08-01", config);

        result.Metrics["activity"]!["commits"]!.GetValue<int>().ShouldBe(2); // June, July
        config.Sections["history"].Children.Count.ShouldBe(2); // the file's other settings are kept
    }

    [Fact]
    public async Task Relative_since_counts_back_from_now()
    {
        var result = await _repo.AuditAsync("2024-08-01", Config("since: 3 months"));

        result.Metrics["activity"]!["commits"]!.GetValue<int>().ShouldBe(3); // since 2024-05-01 12:00: May, June, July
    }

    private static AuditConfig Config(string history) =>
        AuditConfig.Empty with { Sections = new Dictionary<string, YamlMappingNode> { ["history"] = Yaml.Section(history) } };
}
