using System.Text.Json.Nodes;
using Plumbline.Testing.Browser;
using Plumbline.Testing.Reports;

namespace Plumbline.Cli.Tests.Commands;

public sealed class PlanCommandTests : IDisposable
{
    private static readonly string Example = RepoRoot.File("examples/register.yml");
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("plumb-plan-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public async Task The_example_plans_and_prints_every_quadrant()
    {
        var run = await PlumbRun.Of("plan", Example);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        foreach (var label in new[] { "Do now", "Plan & invest", "Quick wins", "Skip for now" })
        {
            run.Output.ShouldContain(label);
        }

        run.Output.ShouldContain("Roadmap");
        run.Output.ShouldContain("Restore-test the legacy ERP backup");
    }

    [Fact]
    public async Task Fix_first_is_the_best_do_now_item_in_week_1_whatever_its_phase()
    {
        // The bakery: MFA for admins (impact 5, effort 1, Security basics) landed behind two weeks of Plan & invest
        // work filed under earlier phases, while the summary already called it the thing to fix first.
        var register = Path.Combine(_temp.FullName, "register.yml");
        await File.WriteAllTextAsync(register, """
            name: Order of work
            planning:
              start: 2027-01-04
              capacity: 8
            items:
              - id: erp
                title: Replace the stock spreadsheet
                impact: 4
                effort: 4
                phase: immediate-fixes
                estimate: 16h
              - id: permissions
                title: Turn on MFA for the admin accounts
                impact: 5
                effort: 1
                phase: security-basics
                estimate: 2h
              - id: owner
                title: Give the billing code an owner
                impact: 4
                effort: 2
                phase: risk-reduction
                estimate: 8h
            """);

        var run = await PlumbRun.Of("plan", register, "-f", "terminal,json,md", "--out", _temp.FullName);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Fix first: Turn on MFA for the admin accounts (week 1)");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.FullName, "plumbline-plan-register.json")))!;
        var weeks = json["items"]!.AsArray().ToDictionary(i => (string)i!["id"]!, i => (int?)i!["week"]);
        weeks["permissions"].ShouldBe(1);
        weeks["owner"].ShouldBe(1);
        weeks["erp"].ShouldBe(2);
        var md = await File.ReadAllTextAsync(Path.Combine(_temp.FullName, "plumbline-plan-register.md"));
        md.IndexOf("Turn on MFA for the admin accounts", StringComparison.Ordinal).ShouldBeLessThan(md.IndexOf("Replace the stock spreadsheet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_json_and_csv_reports_are_written_to_the_out_folder()
    {
        var run = await PlumbRun.Of("plan", Example, "--format", "html", "--format", "json", "--format", "csv", "--out", _temp.FullName);

        run.ExitCode.ShouldBe(0, run.Error);
        var names = _temp.GetFiles().Select(f => f.Name).Order().ToList();
        names.ShouldBe(["plumbline-plan-register.csv", "plumbline-plan-register.html", "plumbline-plan-register.json"]);
        run.Output.ShouldContain("Wrote");
    }

    [PdfTextFact]
    public async Task A_pdf_is_printed_beside_the_other_formats_with_the_client_on_every_page()
    {
        var run = await PlumbRun.Of("plan", Example, "--format", "pdf,json", "--out", _temp.FullName);

        run.ExitCode.ShouldBe(0, run.Error);
        var pdf = await File.ReadAllBytesAsync(Path.Combine(_temp.FullName, "plumbline-plan-register.pdf"));
        var pages = PdfText.Pages(pdf);
        pages.ShouldAllBe(p => p.Contains("Harbor & Pine Supply — technology plan") && p.Contains("Page "));
        PdfText.Squeezed(string.Concat(pages)).ShouldContain(PdfText.Squeezed("Restore-test the legacy ERP backup"));
        File.Exists(Path.Combine(_temp.FullName, "plumbline-plan-register.json")).ShouldBeTrue();
    }

    [Fact]
    public async Task Markdown_and_an_empty_sarif_run_are_written_for_a_plan()
    {
        var run = await PlumbRun.Of("plan", Example, "--format", "md,sarif", "--out", _temp.FullName);

        run.ExitCode.ShouldBe(0, run.Error);
        var md = await File.ReadAllTextAsync(Path.Combine(_temp.FullName, "plumbline-plan-register.md"));
        md.ShouldStartWith("# Harbor & Pine Supply — technology plan");
        md.ShouldContain("### Fix first");
        var sarif = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.FullName, "plumbline-plan-register.sarif")))!;
        sarif["version"]!.GetValue<string>().ShouldBe("2.1.0");
        sarif["runs"]![0]!["results"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_html_report_parses_and_its_matrix_has_every_active_item()
    {
        await PlumbRun.Of("plan", Example, "--format", "html", "--format", "json", "--out", _temp.FullName);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.FullName, "plumbline-plan-register.json")))!;
        var activeIds = json["items"]!.AsArray()
            .Where(i => i!["status"]!.GetValue<string>() is "Open" or "InProgress")
            .Select(i => i!["id"]!.GetValue<string>())
            .Order()
            .ToList();

        var probe = HtmlReportProbe.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.FullName, "plumbline-plan-register.html")));

        activeIds.Count.ShouldBe(11);
        probe.MatrixItemIds.Order().ShouldBe(activeIds);
        probe.Document.Title.ShouldBe("Harbor & Pine Supply — technology plan");
        probe.TimelineItemIds.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_json_report_validates_against_the_schema_in_docs()
    {
        await PlumbRun.Of("plan", Example, "--format", "json", "--out", _temp.FullName);
        var text = await File.ReadAllTextAsync(Path.Combine(_temp.FullName, "plumbline-plan-register.json"));

        ReportSchema.Errors(text).ShouldBeEmpty();
        var json = JsonNode.Parse(text)!;
        json["kind"]!.GetValue<string>().ShouldBe("plan");
        json["generatedAt"]!.GetValue<string>().ShouldBe("2027-01-04T09:00:00Z");
        json["items"]!.AsArray().Select(i => i!["quadrant"]!.GetValue<string>()).Distinct().Order()
            .ShouldBe(["DoNow", "PlanAndInvest", "QuickWins", "SkipForNow"]);
    }

    [Fact]
    public async Task The_csv_report_neutralises_a_cell_starting_with_equals()
    {
        var register = Write("formula.yml", """
            name: Formula Co
            items:
              - id: formula
                title: =HYPERLINK("http://example.invalid","click")
                impact: 4
                effort: 2
                phase: risk-reduction
                owner: "@admin"
            """);

        var run = await PlumbRun.Of("plan", register, "--format", "csv", "--out", _temp.FullName);

        run.ExitCode.ShouldBe(0, run.Error);
        var rows = CsvRows.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.FullName, "plumbline-plan-formula.csv")));
        rows[1][1].ShouldBe("'=HYPERLINK(\"http://example.invalid\",\"click\")");
        rows[1][8].ShouldBe("'@admin");
        rows.Skip(1).SelectMany(r => r).ShouldAllBe(cell => cell.Length == 0 || "=+-@\t\r".IndexOf(cell[0], StringComparison.Ordinal) < 0);
    }

    [Fact]
    public async Task The_example_csv_is_safe_and_has_a_row_per_item()
    {
        await PlumbRun.Of("plan", Example, "--format", "csv", "--out", _temp.FullName);
        var rows = CsvRows.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.FullName, "plumbline-plan-register.csv")));

        rows.Count.ShouldBe(12);
        rows.SelectMany(r => r).ShouldAllBe(cell => cell.Length == 0 || "=+-@\t\r".IndexOf(cell[0], StringComparison.Ordinal) < 0);
    }

    [Fact]
    public async Task Fail_on_do_now_exits_1_and_names_the_items_that_reached_it_on_standard_error()
    {
        var run = await PlumbRun.Of("plan", Example, "--fail-on", "do-now");

        run.ExitCode.ShouldBe(1);
        var line = run.Error.Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldStartWith("plumb: --fail-on Do now: ");
        line.ShouldContain("(Do now)");
        line.ShouldNotContain("(Quick wins)");
    }

    [Fact]
    public async Task Fail_on_is_not_met_by_a_register_with_only_quick_wins()
    {
        var register = Write("quick.yml", """
            items:
              - id: tidy
                title: Tidy the shared drive
                impact: 2
                effort: 1
                phase: data-cleanup
            """);

        (await PlumbRun.Of("plan", register, "--fail-on", "do-now")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_file_is_one_line_naming_it_and_exit_2()
    {
        var missing = Path.Combine(_temp.FullName, "nope.yml");

        var run = await PlumbRun.Of("plan", missing);

        ShouldBeOneLineInputError(run, missing, "no such file");
    }

    [Fact]
    public async Task An_empty_file_is_one_line_and_exit_2()
    {
        var register = Write("empty.yml", string.Empty);

        ShouldBeOneLineInputError(await PlumbRun.Of("plan", register), register, "empty");
    }

    [Fact]
    public async Task A_yaml_syntax_error_names_line_and_column()
    {
        var register = Write("broken.yml", "name: Broken\nitems:\n  - id: a\n    title: [unclosed\n");

        var run = await PlumbRun.Of("plan", register);

        ShouldBeOneLineInputError(run, register, "YAML syntax error");
        run.ErrorLines[0].ShouldMatch($@"^plumb: {System.Text.RegularExpressions.Regex.Escape(register)}:\d+:\d+: YAML syntax error");
    }

    [Fact]
    public async Task An_unknown_field_is_named_with_its_line()
    {
        var register = Write("unknown.yml", "name: X\nitems:\n  - id: a\n    title: A\n    impact: 3\n    effort: 2\n    priority: high\n");

        var run = await PlumbRun.Of("plan", register);

        ShouldBeOneLineInputError(run, register + ":7:5", "unknown field 'priority'");
    }

    [Fact]
    public async Task An_impact_of_7_is_refused_with_the_allowed_range()
    {
        var register = Write("impact.yml", "items:\n  - id: a\n    title: A\n    impact: 7\n    effort: 2\n");

        var run = await PlumbRun.Of("plan", register);

        ShouldBeOneLineInputError(run, register + ":4:", "impact");
        run.ErrorLines[0].ShouldContain("7");
    }

    [Fact]
    public async Task A_dependency_cycle_names_the_items_in_it()
    {
        var register = Write("cycle.yml", """
            items:
              - id: first
                title: First
                impact: 3
                effort: 2
                depends-on: [second]
              - id: second
                title: Second
                impact: 3
                effort: 2
                depends-on: [first]
            """);

        var run = await PlumbRun.Of("plan", register);

        ShouldBeOneLineInputError(run, register, "dependency cycle");
        run.ErrorLines[0].ShouldContain("first -> second -> first");
    }

    [Fact]
    public async Task An_unknown_format_lists_the_known_ones()
    {
        var run = await PlumbRun.Of("plan", Example, "--format", "docx");

        ShouldBeOneLineInputError(run, "--format", "unknown format 'docx'");
        run.ErrorLines[0].ShouldContain("html, md, json, sarif, csv, pdf");
    }

    [Fact]
    public async Task An_unknown_fail_on_lists_the_quadrants()
    {
        var run = await PlumbRun.Of("plan", Example, "--fail-on", "urgent");

        ShouldBeOneLineInputError(run, "--fail-on", "unknown quadrant 'urgent'");
        run.ErrorLines[0].ShouldContain("do-now");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void ShouldBeOneLineInputError(PlumbRun run, string names, string says)
    {
        run.ExitCode.ShouldBe(2, run.Error);
        run.ErrorLines.Count.ShouldBe(1, run.Error);
        run.ErrorLines[0].ShouldStartWith("plumb: ");
        run.ErrorLines[0].ShouldContain(names);
        run.ErrorLines[0].ShouldContain(says);
        run.Error.ShouldNotContain("   at ");
    }
}
