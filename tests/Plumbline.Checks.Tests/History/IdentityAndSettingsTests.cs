using Plumbline.Checks.Audit;
using Plumbline.Checks.History;
using Plumbline.Core.Findings;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Tests.History;

public sealed class IdentityAndSettingsTests : IDisposable
{
    private readonly HistoryRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Same_name_in_other_case_is_one_person_and_aliases_merge_the_rest()
    {
        _repo.Commit("Carol <carol@x.test>", "2024-01-01", ("a.cs", 5))
            .Modify("carol <carol@laptop.test>", "2024-01-02", "a.cs")
            .Modify("cm <cm@old.test>", "2024-01-03", "a.cs");

        var plain = await _repo.AuditAsync("2024-02-01");
        var aliased = await _repo.AuditAsync("2024-02-01", Config("aliases:\n  Carol Jones: [carol@x.test, cm@old.test]"));

        plain.Metrics["authors"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).Order().ShouldBe(["Carol", "cm"]);
        var one = aliased.Metrics["authors"]!.AsArray().ShouldHaveSingleItem()!;
        one["name"]!.GetValue<string>().ShouldBe("Carol Jones");
        one["commits"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task A_solo_author_gives_truck_factor_one_as_a_high_finding()
    {
        _repo.Commit("Solo <solo@x.test>", "2024-01-01", ("app/main.py", 50), ("app/db.py", 20));

        var result = await _repo.AuditAsync("2024-02-01");

        var finding = result.Findings.Single(f => f.CheckId == "TruckFactorIsAboveTwo");
        finding.Outcome.ShouldBe(Outcome.Fail);
        finding.Severity.ShouldBe(Severity.High);
        finding.Detail.ShouldBe("The truck factor is 1: if Solo alone left, more than half of the source files would have nobody who wrote them.");
        result.Findings.Single(f => f.CheckId == "NoSingleAuthorAreas").Outcome.ShouldBe(Outcome.NotApplicable);
    }

    [Fact]
    public async Task A_dormant_repository_is_one_high_finding_not_one_per_folder()
    {
        _repo.Commit("Ann <ann@x.test>", "2023-01-01", ("api/a.cs", 5), ("web/b.cs", 5))
            .Modify("Bo <bo@x.test>", "2023-02-01", "web/b.cs");

        var result = await _repo.AuditAsync("2024-02-01");

        var finding = result.Findings.Where(f => f.CheckId == "KnowledgeHasNotLeft").ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Core.Findings.Severity.High);
        finding.Detail.ShouldBe("Nobody has committed in 6 months (last commit 2023-02-01): the knowledge of all 2 authored files has left with their authors.");
    }

    [Fact]
    public async Task Deleted_and_recreated_file_does_not_inherit_the_old_history()
    {
        _repo.Commit("Old <old@x.test>", "2024-01-01", ("lib/x.cs", 5))
            .Modify("Old <old@x.test>", "2024-01-02", "lib/x.cs")
            .Delete("Old <old@x.test>", "2024-01-03", "lib/x.cs")
            .Commit("New <new@x.test>", "2024-01-04", ("lib/x.cs", 7));

        var result = await _repo.AuditAsync("2024-02-01");

        result.Metrics["truckFactorAuthors"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldBe(["New"]);
        result.Metrics["hotspots"]!.AsArray().ShouldHaveSingleItem()!["changes"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Vendored_docs_and_excluded_paths_are_left_out()
    {
        _repo.Commit("Ann <ann@x.test>", "2024-01-01", ("src/app.ts", 10), ("vendor/lib/x.js", 100), ("docs/guide.md", 40), ("package-lock.json", 900), ("gen/big.cs", 500));

        var result = await _repo.AuditAsync("2024-02-01", AuditConfig.Empty with { Exclude = ["gen/**"] });

        result.Metrics["hotspots"]!.AsArray().Select(h => h!["path"]!.GetValue<string>()).ShouldBe(["src/app.ts"]);
        result.Metrics["activity"]!["skippedFiles"]!.GetValue<int>().ShouldBe(4);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_repository_is_not_applicable()
    {
        var result = await _repo.AuditAsync("2024-02-01", isGit: false);

        result.Findings.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotApplicable);
        result.Metrics.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_repository_without_commits_is_not_applicable()
    {
        var result = await _repo.AuditAsync("2024-02-01");

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Outcome.ShouldBe(Outcome.NotApplicable);
        finding.Detail.ShouldContain("no commits yet");
    }

    [Fact]
    public async Task An_unknown_revision_is_inconclusive_and_named()
    {
        _repo.Commit("Ann <ann@x.test>", "2024-01-01", ("a.cs", 1));

        var result = await _repo.AuditAsync("2024-02-01", rev: "no-such-branch");

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Outcome.ShouldBe(Outcome.Inconclusive);
        finding.Detail.ShouldContain("'no-such-branch' was not found");
    }

    [Fact]
    public async Task Reading_history_runs_no_textconv_or_external_diff_from_the_target()
    {
        var marker = Path.Combine(_repo.Root, "..", "pwned-" + Guid.NewGuid().ToString("N"));
        _repo.Commit("Ann <ann@x.test>", "2024-01-01", ("a.cs", 3));
        _repo.Git(null, null, "config", "diff.evil.textconv", $"touch {marker}; cat");
        _repo.Git(null, null, "config", "diff.external", $"sh -c 'touch {marker}'");
        _repo.Git(null, null, "config", "core.pager", $"touch {marker}; cat");
        File.WriteAllText(Path.Combine(_repo.Root, ".gitattributes"), "*.cs diff=evil\n");
        _repo.Modify("Ann <ann@x.test>", "2024-01-02", "a.cs");

        var result = await _repo.AuditAsync("2024-02-01");

        result.Metrics["activity"]!["commits"]!.GetValue<int>().ShouldBe(2);
        File.Exists(marker).ShouldBeFalse();
    }

    [Theory]
    [InlineData("colour: blue", "unknown field 'colour' in 'history'")]
    [InlineData("since: last tuesday", "'history.since' must be a date")]
    [InlineData("inactive-months: 0", "'inactive-months' in 'history' must be a whole number from 1 to 600")]
    [InlineData("aliases: [a, b]", "'history.aliases' must map a person's name")]
    [InlineData("coupling:\n  min-shared: 3", "unknown field 'min-shared' in 'history.coupling'")]
    [InlineData("since: 2024-05-01\nuntil: 2024-01-01", "'history.since' (2024-05-01) is after 'history.until' (2024-01-01)")]
    public void Bad_history_settings_are_one_clear_error(string yaml, string expected)
    {
        var result = HistorySettingsReader.Read(Config(yaml), DateTimeOffset.UnixEpoch);

        result.Success.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldContain(expected);
    }

    [Fact]
    public void Settings_errors_point_at_the_line()
    {
        var result = HistorySettingsReader.Read(Config("since: 2024-01-01\nhotspot-months: many"), DateTimeOffset.UnixEpoch);

        result.Errors.ShouldHaveSingleItem().Line.ShouldBe(2);
    }

    [Fact]
    public async Task Bad_settings_make_the_stage_inconclusive_not_a_crash()
    {
        _repo.Commit("Ann <ann@x.test>", "2024-01-01", ("a.cs", 1));

        var result = await _repo.AuditAsync("2024-02-01", Config("inactive-months: soon"));

        result.Findings.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Inconclusive);
    }

    private static AuditConfig Config(string history) =>
        AuditConfig.Empty with { Sections = new Dictionary<string, YamlMappingNode> { ["history"] = Yaml.Section(history) } };
}
