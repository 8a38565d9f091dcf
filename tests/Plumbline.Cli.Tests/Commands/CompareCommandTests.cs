using System.Text.Json.Nodes;
using Plumbline.Testing.Git;
using Plumbline.Testing.Reports;

namespace Plumbline.Cli.Tests.Commands;

/// <summary><c>plumb compare</c> on two real audits of one repository a week apart: a key removed and a vulnerable
/// dependency upgraded in between.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("plumb-compare-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public async Task Removing_a_key_and_upgrading_a_vulnerable_dependency_reads_as_two_fixed_in_every_format()
    {
        var (older, newer) = await TwoAuditsAsync();

        var run = await PlumbRun.Of("compare", older, newer, "--format", "terminal,json,html,md,csv,sarif", "--out", Out("cmp"));

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("2 fixed");
        string Written(string extension) => Directory.GetFiles(Out("cmp"), "plumbline-compare-*." + extension).Single();
        var json = await File.ReadAllTextAsync(Written("json"));
        ReportSchema.Errors(json).ShouldBeEmpty();
        var comparison = JsonNode.Parse(json)!["comparison"]!;
        comparison["counts"]!["fixed"]!.GetValue<int>().ShouldBe(2);
        comparison["findings"]!.AsArray().Where(f => f!["change"]!.GetValue<string>() == "fixed")
            .Select(f => f!["checkId"]!.GetValue<string>()).Order()
            .ShouldBe(["DependenciesFreeOfKnownVulnerabilities", "NoSecretsInTree"]);

        var html = await File.ReadAllTextAsync(Written("html"));
        html.ShouldContain("data-change=\"fixed\"><b>2</b>");
        var md = await File.ReadAllTextAsync(Written("md"));
        md.ShouldContain("| Fixed |");
        var csv = CsvRows.Parse(await File.ReadAllTextAsync(Written("csv")));
        csv.Count(r => r[0] == "fixed").ShouldBe(2);
        var sarif = JsonNode.Parse(await File.ReadAllTextAsync(Written("sarif")))!;
        sarif["runs"]![0]!["results"]!.AsArray().Count(r => r!["baselineState"]?.GetValue<string>() == "absent").ShouldBe(2);
    }

    [Fact]
    public async Task The_reports_must_come_oldest_first()
    {
        var (older, newer) = await TwoAuditsAsync();

        var run = await PlumbRun.Of("compare", newer, older);

        run.ExitCode.ShouldBe(2);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("give the reports oldest first");
    }

    [Fact]
    public async Task A_file_that_is_not_a_report_is_one_line_and_exit_2()
    {
        var notJson = Path.Combine(_temp.FullName, "notes.txt");
        await File.WriteAllTextAsync(notJson, "hello");

        var run = await PlumbRun.Of("compare", notJson, notJson);

        run.ExitCode.ShouldBe(2);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("notes.txt");
    }

    private string Out(string name) => Path.Combine(_temp.FullName, name);

    /// <summary>Two JSON audits of a fixture repository, a week apart (by the clock the audit runs with).</summary>
    private async Task<(string Older, string Newer)> TwoAuditsAsync()
    {
        var data = Out("data");
        var advisories = Directory.CreateDirectory(Out("osv")).FullName;
        await File.WriteAllTextAsync(Path.Combine(advisories, "FIXTURE-2026-0001.json"), ProgressFixture.Advisory);
        (await PlumbRun.Of("vulndb", "import", advisories, "--data", data)).ExitCode.ShouldBe(0);
        var config = Out("plumbline.yml");
        await File.WriteAllTextAsync(config, $"vulnerabilities:\n  data: {data}\n");

        using var repo = GitRepoBuilder.Init();
        ProgressFixture.Before(repo).Commit("first", when: PlumbRun.Now.AddDays(-10));
        var folder = repo.Path;
        var first = await PlumbRun.Of("audit", folder, "--config", config, "--format", "json", "--out", Out("1"));
        first.ExitCode.ShouldBe(0, first.Error);

        ProgressFixture.After(repo).Commit("second", when: PlumbRun.Now.AddDays(3));
        var second = await PlumbRun.At(PlumbRun.Now.AddDays(7), "audit", folder, "--config", config, "--format", "json", "--out", Out("2"));
        second.ExitCode.ShouldBe(0, second.Error);
        return (Directory.GetFiles(Out("1"), "*.json").Single(), Directory.GetFiles(Out("2"), "*.json").Single());
    }
}
