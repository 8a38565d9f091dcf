using System.Text.Json.Nodes;
using Plumbline.Checks.Audit;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Tests.History;

/// <summary>One small history whose authorship, truck factor and hotspots are worked out by hand below.
/// "Now" is 2026-06-01 12:00 UTC: inactive means no commit since 2025-12-01, hotspots count since 2025-06-01.</summary>
/// <remarks>
/// DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC) (Avelino et al.): the creating commit is FA, DL and AC count
/// the later changes only; author when DOA/max > 0.75 and DOA ≥ 3.293.
/// <list type="bullet">
/// <item>src/core/a.cs (10 lines): Alice creates it and changes it 3 times (once as "alice &lt;alice@home&gt;", merged by
/// .mailmap), Bob once. Alice FA=1 DL=3 AC=1: 4.6605. Bob DL=1 AC=3: 3.0120 &lt; 3.293. Authors: Alice. Share 4/5.</item>
/// <item>src/core/b.cs (4 lines): Bob creates, Alice changes once. Bob FA=1 AC=1: 4.1685; Alice DL=1: 3.457,
/// normalised 0.829. Authors: Bob, Alice.</item>
/// <item>src/legacy/e.cs (3 lines) created by Bob, renamed by Alice to src/core/e.cs (the rename is her delivery):
/// with the rename followed, as b.cs: Bob, Alice. Without it, Alice would have created it and be its only author.</item>
/// <item>src/web/c.cs (5 lines): Carol alone, in 2025-01. Authors: Carol, who is inactive: knowledge has left.</item>
/// <item>src/web/d.cs (20 lines): Alice creates (FA=1 AC=3: 3.9460); Bob changes it 3 times, once as
/// "Robert &lt;bob@x&gt;" (same email, folded): DL=3: 3.785, normalised 0.959. Authors: Alice, Bob.</item>
/// <item>README.md (Carol) is documentation and .mailmap is tooling: both left out.</item>
/// </list>
/// Truck factor over the 5 files: Alice authors 4 (a, b, d, e), Bob 3 (b, d, e), Carol 1 (c). Coverage 5/5: remove
/// Alice; b, c, d, e still covered (80%): remove Bob; only c (20% &lt; 50%): stop. Truck factor 2 (Alice, Bob).
/// src/core: a (Alice), b, e (Bob, Alice): main author Alice (3 of 3); without Alice 2 of 3 covered, without Bob too
/// none → truck factor 2. src/web: c (Carol), d (Alice, Bob): one file each, ties by name; without Alice both covered,
/// without Bob c alone is exactly 50%, not under it, so Carol goes too → truck factor 3.
/// Hotspots (changes since 2025-06-01 × lines): d 4×20 = 80, a 5×10 = 50, b 2×4 = 8, e 2×3 = 6; c has none.
/// </remarks>
public sealed class KnowledgeScenarioTests : IDisposable
{
    private readonly HistoryRepo _repo = new();

    public KnowledgeScenarioTests()
    {
        const string alice = "Alice <alice@x.test>";
        const string bob = "Bob <bob@x.test>";
        _repo.Commit("Carol <carol@x.test>", "2025-01-10", ("src/web/c.cs", 5), ("README.md", 30))
            .Commit(alice, "2026-01-05", ("src/core/a.cs", 10))
            .Commit(bob, "2026-01-06", ("src/core/b.cs", 4), ("src/legacy/e.cs", 3))
            .Commit(alice, "2026-02-01", ("src/web/d.cs", 20))
            .Modify(alice, "2026-02-02", "src/core/a.cs")
            .Modify("alice <alice@home.test>", "2026-02-03", "src/core/a.cs")
            .Modify(alice, "2026-02-04", "src/core/a.cs")
            .Modify(alice, "2026-02-05", "src/core/b.cs")
            .Modify(bob, "2026-02-06", "src/core/a.cs")
            .Modify("Robert <bob@x.test>", "2026-03-01", "src/web/d.cs")
            .Modify(bob, "2026-03-02", "src/web/d.cs")
            .Modify(bob, "2026-03-03", "src/web/d.cs")
            .Rename(alice, "2026-03-04", "src/legacy/e.cs", "src/core/e.cs");
        File.WriteAllText(Path.Combine(_repo.Root, ".mailmap"), "Alice <alice@x.test> <alice@home.test>\n");
        _repo.CommitAll(alice, "2026-03-05");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Truck_factor_is_two_and_names_alice_then_bob()
    {
        var result = await _repo.AuditAsync("2026-06-01");

        result.Metrics["truckFactor"]!.GetValue<int>().ShouldBe(2);
        Names(result.Metrics["truckFactorAuthors"]).ShouldBe(["Alice", "Bob"]);
        var finding = result.Findings.Single(f => f.CheckId == "TruckFactorIsAboveTwo");
        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.Severity.ShouldBe(Severity.Medium);
        finding.Detail.ShouldContain("Alice, Bob");
    }

    [Fact]
    public async Task Mailmap_and_same_email_fold_identities_into_three_people()
    {
        var result = await _repo.AuditAsync("2026-06-01");

        var authors = result.Metrics["authors"]!.AsArray();
        authors.Select(a => a!["name"]!.GetValue<string>()).Order().ShouldBe(["Alice", "Bob", "Carol"]);
        var alice = authors.Single(a => a!["name"]!.GetValue<string>() == "Alice")!;
        alice["commits"]!.GetValue<int>().ShouldBe(8); // a, d, a, a (alice@home), a, b, rename, .mailmap
        alice["filesAuthored"]!.GetValue<int>().ShouldBe(4); // a, b, d, e
        var bob = authors.Single(a => a!["name"]!.GetValue<string>() == "Bob")!;
        bob["commits"]!.GetValue<int>().ShouldBe(5); // b+e, a, d as Robert, d, d
        bob["filesAuthored"]!.GetValue<int>().ShouldBe(3); // b, d, e
    }

    [Fact]
    public async Task Knowledge_map_gives_main_author_share_and_truck_factor_per_folder()
    {
        var result = await _repo.AuditAsync("2026-06-01");

        var map = result.Tables.Single(t => t.Id == "knowledge-map");
        map.Rows.Select(r => r[0]).ShouldBe(["src/core", "src/web"]);
        var core = map.Rows[0];
        core[2].ShouldBe("Alice");
        core[3].ShouldBe("100%");
        core[4].ShouldBe("2");
        var web = map.Rows[1];
        web[4].ShouldBe("3");
        web[7].ShouldBe("1"); // c.cs: its only author left
    }

    [Fact]
    public async Task Rename_keeps_the_creator_as_first_author_of_the_renamed_file()
    {
        var result = await _repo.AuditAsync("2026-06-01");

        // Bob created src/legacy/e.cs; Alice's rename is a later change, so Bob stays first author (4.1685) and she
        // joins him (3.457). Without the rename followed, Alice would be its creator and only author.
        var e = result.Metrics["hotspots"]!.AsArray().Single(h => h!["path"]!.GetValue<string>() == "src/core/e.cs")!;
        Names(e["authors"]).ShouldBe(["Bob", "Alice"]);
        result.Findings.Single(f => f.CheckId == "NoSingleAuthorAreas").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public async Task Hotspots_rank_by_recent_changes_times_lines_and_flag_the_single_author_one()
    {
        var result = await _repo.AuditAsync("2026-06-01");

        var hotspots = result.Metrics["hotspots"]!.AsArray();
        hotspots.Select(h => h!["path"]!.GetValue<string>()).ShouldBe(["src/web/d.cs", "src/core/a.cs", "src/core/b.cs", "src/core/e.cs"]);
        hotspots.Select(h => h!["score"]!.GetValue<long>()).ShouldBe([80L, 50L, 8L, 6L]);
        var table = result.Tables.Single(t => t.Id == "hotspots");
        // File, changes, lines, complexity, score: the fixture's files hold no functions (complexity 0), so the score falls back to lines.
        table.BarColumn.ShouldBe(4);
        table.Rows[0][3].ShouldBe("0 (0)");
        table.Rows[0][4].ShouldBe("80");

        var flagged = result.Findings.Where(f => f.CheckId == "HotspotsAreShared" && f.Outcome == Outcome.Fail).ShouldHaveSingleItem();
        flagged.Location.Path.ShouldBe("src/core/a.cs");
        flagged.Detail.ShouldContain("only Alice knows it");
    }

    [Fact]
    public async Task Inactive_author_leaves_knowledge_behind()
    {
        var result = await _repo.AuditAsync("2026-06-01");

        var left = result.Findings.Where(f => f.CheckId == "KnowledgeHasNotLeft" && f.Outcome == Outcome.Fail).ShouldHaveSingleItem();
        left.Location.Path.ShouldBe("src/web/");
        left.Severity.ShouldBe(Severity.Medium); // 1 of 2 files
        left.Detail.ShouldContain("(Carol)");
        left.Evidence.ShouldContain("Carol: last commit 2025-01-10");
    }

    [Fact]
    public async Task A_longer_inactivity_threshold_keeps_carol_active()
    {
        var config = AuditConfig.Empty with { Sections = new Dictionary<string, YamlDotNet.RepresentationModel.YamlMappingNode> { ["history"] = Yaml.Section("inactive-months: 24") } };

        var result = await _repo.AuditAsync("2026-06-01", config);

        result.Findings.Single(f => f.CheckId == "KnowledgeHasNotLeft").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public async Task Activity_counts_commits_and_people_per_month_and_the_last_commit_age()
    {
        var result = await _repo.AuditAsync("2026-06-01");

        var activity = result.Metrics["activity"]!;
        activity["commits"]!.GetValue<int>().ShouldBe(14);
        activity["lastCommitAgeDays"]!.GetValue<int>().ShouldBe(88); // 2026-03-05 to 2026-06-01
        activity["skippedFiles"]!.GetValue<int>().ShouldBe(2); // README.md, .mailmap
        var months = activity["months"]!.AsArray().Select(m => (m!["month"]!.GetValue<string>(), m["commits"]!.GetValue<int>(), m["activeAuthors"]!.GetValue<int>()));
        months.ShouldBe([("2025-01", 1, 1), ("2026-01", 2, 2), ("2026-02", 6, 2), ("2026-03", 5, 2)]);
    }

    [Fact]
    public async Task Auditing_an_older_revision_sees_the_files_as_they_were()
    {
        var atFourthCommit = _repo.Git(null, null, "rev-list", "-n", "1", "--before=2026-02-01T13:00:00Z", "HEAD").Trim();

        var result = await _repo.AuditAsync("2026-06-01", rev: atFourthCommit);

        result.Metrics["activity"]!["commits"]!.GetValue<int>().ShouldBe(4);
        result.Metrics["activity"]!["commit"]!.GetValue<string>().ShouldBe(atFourthCommit);
        // a, d (Alice), b, legacy/e (Bob), c (Carol): each authors what they created. Alice and Bob tie at 2 files,
        // name breaks the tie: without Alice 2 of 5 orphaned, without Bob too 4 of 5.
        result.Metrics["truckFactor"]!.GetValue<int>().ShouldBe(2);
    }

    private static string[] Names(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];
}
