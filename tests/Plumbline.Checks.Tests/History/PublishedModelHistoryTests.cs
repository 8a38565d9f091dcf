using System.Text.Json.Nodes;
using Plumbline.Checks.Audit;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Tests.History;

/// <summary>The published degree-of-authorship and truck-factor rules (Avelino et al., ICPC 2016) on histories built
/// commit by commit; every expected value is worked out in the test's comment.</summary>
public sealed class PublishedModelHistoryTests : IDisposable
{
    private readonly HistoryRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task One_later_commit_makes_a_co_author_and_both_must_leave()
    {
        // Alice creates x.cs: FA=1, DL=0, AC=1 → 4.1685. Bob changes it once: DL=1, AC=0 → 3.457, normalised 0.829.
        // Both are authors; one file, each authors it: without Alice it is still covered (100%), without Bob too 0% →
        // truck factor 2. (Counting the creating commit as a delivery would give Bob 3.2345 < 3.293 and a truck factor 1.)
        _repo.Commit("Alice <alice@x.test>", "2026-01-05", ("src/x.cs", 40))
            .Modify("Bob <bob@x.test>", "2026-01-06", "src/x.cs");

        var result = await _repo.AuditAsync("2026-02-01");

        result.Metrics["truckFactor"]!.GetValue<int>().ShouldBe(2);
        Names(result.Metrics["truckFactorAuthors"]).ShouldBe(["Alice", "Bob"]);
        var hotspot = result.Metrics["hotspots"]!.AsArray().ShouldHaveSingleItem()!;
        Names(hotspot["authors"]).ShouldBe(["Alice", "Bob"]);
    }

    [Fact]
    public async Task Files_nobody_authors_count_against_coverage()
    {
        // Everything is created in 2023 by Old; the window starts in 2024, so nobody gets FA.
        // a, b, c: one change each by Ann, Ben, Cy: DL=1, AC=0 → 3.457, sole authors.
        // d, e: one change each by Dee, Eve and Fay: DL=1, AC=2 → 3.1043 < 3.293, no author.
        // Coverage 3/5 = 60%; without Ann 2/5 = 40% < 50% → truck factor 1.
        // (Leaving d and e out, as if only authored files counted, would give 2.)
        _repo.Commit("Old <old@x.test>", "2023-01-01", ("a.cs", 5), ("b.cs", 5), ("c.cs", 5), ("d.cs", 5), ("e.cs", 5))
            .Modify("Ann <ann@x.test>", "2024-02-01", "a.cs")
            .Modify("Ben <ben@x.test>", "2024-02-02", "b.cs")
            .Modify("Cy <cy@x.test>", "2024-02-03", "c.cs")
            .Modify("Dee <dee@x.test>", "2024-02-04", "d.cs", "e.cs")
            .Modify("Eve <eve@x.test>", "2024-02-05", "d.cs", "e.cs")
            .Modify("Fay <fay@x.test>", "2024-02-06", "d.cs", "e.cs");

        var result = await _repo.AuditAsync("2024-03-01", Config("since: 2024-01-01"));

        result.Metrics["truckFactor"]!.GetValue<int>().ShouldBe(1);
        Names(result.Metrics["truckFactorAuthors"]).ShouldBe(["Ann"]);
        result.Metrics["activity"]!["sourceFiles"]!.GetValue<int>().ShouldBe(5);
    }

    [Fact]
    public async Task Half_the_files_covered_is_not_yet_trouble()
    {
        // Four files, each created by a different person and never changed: each is its file's only author.
        // Ties go by name. Without Ann 75% covered, without Ben 50% (not under half), without Cy 25% → truck factor 3.
        _repo.Commit("Ann <ann@x.test>", "2024-01-01", ("a.cs", 5))
            .Commit("Ben <ben@x.test>", "2024-01-02", ("b.cs", 5))
            .Commit("Cy <cy@x.test>", "2024-01-03", ("c.cs", 5))
            .Commit("Dee <dee@x.test>", "2024-01-04", ("d.cs", 5));

        var result = await _repo.AuditAsync("2024-02-01");

        result.Metrics["truckFactor"]!.GetValue<int>().ShouldBe(3);
        Names(result.Metrics["truckFactorAuthors"]).ShouldBe(["Ann", "Ben", "Cy"]);
    }

    private static string[] Names(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    private static AuditConfig Config(string history) =>
        AuditConfig.Empty with { Sections = new Dictionary<string, YamlMappingNode> { ["history"] = Yaml.Section(history) } };
}
