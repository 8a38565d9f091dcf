using System.Text.Json.Nodes;
using Plumbline.Checks.Audit;
using Plumbline.Core.Findings;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Tests.History;

/// <summary>Which moment is "now", the newest commit, and who can still be asked about a hotspot.</summary>
public sealed class AuditedMomentTests : IDisposable
{
    private readonly HistoryRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task An_old_revision_is_judged_as_of_its_own_date()
    {
        // Ann and Ben work in 2016; the audit runs in 2026 on the 2016 commit. As of 2016-11-30 both are active,
        // nothing has departed and the file changed in the last 12 months is a hotspot.
        _repo.Commit("Ann <ann@x.test>", "2016-11-01", ("app/a.cs", 30))
            .Modify("Ben <ben@x.test>", "2016-11-30", "app/a.cs");
        var old = _repo.Head();
        _repo.Modify("Cy <cy@x.test>", "2026-05-01", "app/a.cs");

        var result = await _repo.AuditAsync("2026-06-01", rev: old);

        var activity = result.Metrics["activity"]!;
        activity["nowFrom"]!.GetValue<string>().ShouldBe("commit");
        activity["now"]!.GetValue<string>().ShouldBe("2016-11-30T12:00:00Z");
        activity["activePeople"]!.GetValue<int>().ShouldBe(2);
        activity["departedFiles"]!.GetValue<int>().ShouldBe(0);
        activity["lastCommitAgeDays"]!.GetValue<int>().ShouldBe(0);
        result.Metrics["hotspots"]!.AsArray().ShouldHaveSingleItem()!["path"]!.GetValue<string>().ShouldBe("app/a.cs");
        result.Findings.Single(f => f.CheckId == "KnowledgeHasNotLeft").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public async Task The_clock_can_be_chosen_for_an_old_revision()
    {
        _repo.Commit("Ann <ann@x.test>", "2016-11-01", ("app/a.cs", 30))
            .Modify("Ben <ben@x.test>", "2016-11-30", "app/a.cs");
        var old = _repo.Head();
        _repo.Modify("Cy <cy@x.test>", "2026-05-01", "app/a.cs");

        var result = await _repo.AuditAsync("2026-06-01", Config("now: clock"), rev: old);

        var activity = result.Metrics["activity"]!;
        activity["nowFrom"]!.GetValue<string>().ShouldBe("clock");
        activity["activePeople"]!.GetValue<int>().ShouldBe(0);
        activity["departedFiles"]!.GetValue<int>().ShouldBe(1);
        result.Metrics["hotspots"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_revision_now_is_the_audit_clock()
    {
        _repo.Commit("Ann <ann@x.test>", "2016-11-01", ("app/a.cs", 30));

        var result = await _repo.AuditAsync("2026-06-01");

        result.Metrics["activity"]!["nowFrom"]!.GetValue<string>().ShouldBe("clock");
        result.Metrics["activity"]!["activePeople"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Last_commit_is_the_newest_author_date_not_the_first_commit_listed()
    {
        // Bob's commit is committed last (2016-11-05) but authored on 2016-08-14, as after a rebase: git lists it
        // first. The newest author date is Ann's, 2016-10-31.
        _repo.Commit("Ann <ann@x.test>", "2016-10-31", ("a.cs", 5))
            .Commit("Bob <bob@x.test>", "2016-11-05", ("b.cs", 5));
        _repo.Git("Bob <bob@x.test>", "2016-11-05", "commit", "-q", "--amend", "--no-edit", "--date=2016-08-14T12:00:00Z");

        var result = await _repo.AuditAsync("2016-12-01");

        result.Metrics["activity"]!["lastCommit"]!.GetValue<string>().ShouldBe("2016-10-31");
        result.Metrics["activity"]!["lastCommitAgeDays"]!.GetValue<int>().ShouldBe(31);
    }

    [Fact]
    public async Task A_hotspot_whose_only_author_has_left_is_flagged_with_nobody_active()
    {
        // Ann creates core.cs in 2020 and changes it 9 more times: FA=1, DL=9. In 2026 five people change it once
        // each: for Ann AC=5 → 3.293 + 1.098 + 1.476 − 0.321·ln 6 = 5.2918; each of them DL=1, AC=13 →
        // 3.457 − 0.321·ln 14 = 2.6099 < 3.293. Ann is its only author and has been silent since 2020.
        _repo.Commit("Ann <ann@x.test>", "2020-01-01", ("core.cs", 50));
        for (var i = 2; i <= 10; i++)
        {
            _repo.Modify("Ann <ann@x.test>", $"2020-01-{i:00}", "core.cs");
        }

        foreach (var (who, day) in new[] { ("Bo", 1), ("Cy", 2), ("Di", 3), ("Ed", 4), ("Flo", 5) })
        {
            _repo.Modify($"{who} <{who.ToLowerInvariant()}@x.test>", $"2026-05-{day:00}", "core.cs");
        }

        var result = await _repo.AuditAsync("2026-06-01");

        var hotspot = result.Metrics["hotspots"]!.AsArray().ShouldHaveSingleItem()!;
        Names(hotspot["authors"]).ShouldBe(["Ann"]);
        Names(hotspot["activeAuthors"]).ShouldBeEmpty();
        var finding = result.Findings.Single(f => f.CheckId == "HotspotsAreShared");
        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.Severity.ShouldBe(Severity.Medium);
        finding.Detail.ShouldBe("Hotspot #1 core.cs changed 5 times in 12 months (50 lines) and nobody still active knows it.");
        finding.Evidence.ShouldContain("Ann, also its author, last committed 2020-01-10");
        result.Tables.Single(t => t.Id == "hotspots").Rows[0][5].ShouldBe("nobody");
    }

    private static string[] Names(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    private static AuditConfig Config(string history) =>
        AuditConfig.Empty with { Sections = new Dictionary<string, YamlMappingNode> { ["history"] = Yaml.Section(history) } };
}
