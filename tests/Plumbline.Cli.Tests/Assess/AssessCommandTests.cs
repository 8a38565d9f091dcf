using System.CommandLine;
using Microsoft.Extensions.Time.Testing;
using Plumbline.Cli.Commands;
using Spectre.Console;

namespace Plumbline.Cli.Tests.Assess;

public sealed class AssessCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("plumb-assess-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static FakeTimeProvider Time() => new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PlumbApp.RunAsync(args, output, error, Time(), interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string SecurityAnswers = """
        template: security-basics
        answers:
          mfa-everyone: no
          mfa-admins: no
          mfa-email: no
          shared-admin: yes
          ransomware-only-copy: yes
        """;

    [Fact]
    public async Task List_shows_all_eight_built_in_templates()
    {
        var (exit, output, _) = await Run("assess", "--list");
        exit.ShouldBe(0);
        foreach (var id in new[] { "warning-signs", "security-basics", "architecture-review", "vendor-proposal", "build-vs-buy", "automation-ai-plan", "mvp-scope", "technical-leadership" })
        {
            output.ShouldContain(id);
        }
    }

    [Fact]
    public async Task Answers_from_a_file_produce_the_matrix_roadmap_and_findings()
    {
        var (exit, output, error) = await Run("assess", "security-basics", "--answers", Write("sec.yml", SecurityAnswers));
        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("Security basics — assessment");
        output.ShouldContain("Fix first:");
        output.ShouldContain("assess/security-basics/email-without-mfa");
        output.ShouldContain("Roadmap");
        output.ShouldContain("assess/security-basics/no-mfa-and-shared-admins");
        output.ShouldContain("questions were not answered");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task With_the_report_on_standard_output_the_notice_goes_to_standard_error(string format)
    {
        // A real process: with --out - the report is written to the process's standard output.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "plumb.dll"), "assess", "security-basics", "--answers", Write("partial.yml", SecurityAnswers), "-f", format, "--out", "-" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0, await error);
        (await error).ShouldContain("plumb: 14 questions were not answered");
        (await output).ShouldNotContain("not answered");
        if (format == "json")
        {
            using var doc = System.Text.Json.JsonDocument.Parse(await output);
            doc.RootElement.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
        }
        else
        {
            (await output).Split('\n')[0].ShouldStartWith("id,title,quadrant");
        }
    }

    [Fact]
    public async Task A_folder_given_as_the_answers_file_says_so_once()
    {
        var (exit, _, error) = await Run("assess", "security-basics", "--answers", _dir);

        exit.ShouldBe(2);
        error.ShouldContain("is a folder; give the path of the answers file, not a folder");
        error.ShouldNotContain("file file");
    }

    [Fact]
    public async Task The_json_report_carries_the_decision_metrics_and_tables_and_matches_the_schema()
    {
        var fixture = Write("build-vs-buy.answers.yml", """
            template: build-vs-buy
            answers:
              maintainer-available: yes
              fit: { dont-build: 1, buy: 3, integrate: 1, build: 5 }
              integration: { dont-build: 1, buy: 3, integrate: 1, build: 3 }
              maintenance: { dont-build: 1, buy: 4, integrate: 1, build: 2 }
              data-ownership: { dont-build: 1, buy: 3, integrate: 1, build: 3 }
              lock-in: { dont-build: 1, buy: 3, integrate: 1, build: 3 }
              migration: { dont-build: 1, buy: 3, integrate: 1, build: 4 }
              three-year-cost: { dont-build: 1, buy: 4, integrate: 1, build: 2 }
            """);
        var outDir = Path.Combine(_dir, "out");
        var (exit, _, error) = await Run("assess", "build-vs-buy", "--answers", fixture, "--format", "json", "--out", outDir);
        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        var json = File.ReadAllText(Path.Combine(outDir, "plumbline-assess-build-vs-buy.json"));
        Plumbline.Testing.Reports.ReportSchema.Errors(json).ShouldBeEmpty();
        var doc = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        doc["kind"]!.GetValue<string>().ShouldBe("assess");
        doc["metrics"]!["decision"]!["recommendation"]!.GetValue<string>().ShouldBe("buy");
        doc["metrics"]!["decision"]!["stable"]!.GetValue<bool>().ShouldBeFalse();
        doc["metrics"]!["decision"]!["flips"]!.AsArray().Count.ShouldBe(4);
        doc["items"]!.AsArray().Select(i => i!["recommendationId"]!.GetValue<string>()).Order().ShouldBe(["decide-buy", "test-a-close-decision"]);
    }

    [Fact]
    public async Task Fail_on_do_now_exits_one_when_the_answers_put_items_there()
    {
        var (exit, _, _) = await Run("assess", "security-basics", "--answers", Write("sec.yml", SecurityAnswers), "--fail-on", "do-now");
        exit.ShouldBe(1);
    }

    [Fact]
    public async Task A_malformed_answers_file_is_a_line_numbered_input_error()
    {
        var (exit, output, error) = await Run("assess", "security-basics", "--answers", Write("bad.yml", "answers:\n  admin-count: lots\n  mfa-everyone: [yes\n"));
        exit.ShouldBe(2);
        error.ShouldContain("bad.yml:4:1: YAML syntax error");
        error.ShouldContain("YAML syntax error");
        error.ShouldNotContain("   at ");
        output.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_answer_that_does_not_fit_its_question_names_the_line()
    {
        var (exit, _, error) = await Run("assess", "security-basics", "--answers", Write("bad.yml", "answers:\n  admin-count: lots\n"));
        exit.ShouldBe(2);
        error.Trim().ShouldBe($"plumb: {Path.Combine(_dir, "bad.yml")}:2:16: the answer to 'admin-count' must be a number, not 'lots'");
    }

    [Fact]
    public async Task Without_answers_and_without_a_terminal_it_says_what_to_do()
    {
        var (exit, _, error) = await Run("assess", "security-basics");
        exit.ShouldBe(2);
        error.ShouldContain("pass --answers FILE");
    }

    [Fact]
    public async Task An_unknown_template_lists_the_known_ones()
    {
        var (exit, _, error) = await Run("assess", "secruity-basics", "--answers", "x.yml");
        exit.ShouldBe(2);
        error.ShouldContain("no template 'secruity-basics'");
        error.ShouldContain("security-basics");
    }

    [Fact]
    public async Task A_user_template_from_a_folder_can_be_listed_and_answered()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "templates")).FullName;
        File.WriteAllText(Path.Combine(folder, "onboarding.yml"), """
            id: onboarding
            title: Client onboarding
            sections:
              - title: Access
                questions:
                  - id: shared-drive-admins
                    text: How many people can change sharing on the shared drive?
                    kind: number
            rules:
              - id: too-many-sharers
                when: { question: shared-drive-admins, more-than: 2 }
                recommendation: enforce-mfa-for-admins
                detail: Too many people can change sharing.
            """);
        var (listExit, list, _) = await Run("assess", "--list", "--templates", folder);
        listExit.ShouldBe(0);
        list.ShouldContain("onboarding");

        var (exit, output, _) = await Run("assess", "onboarding", "--templates", folder, "--answers", Write("o.yml", "answers:\n  shared-drive-admins: 6\n"));
        exit.ShouldBe(0);
        output.ShouldContain("assess/onboarding/too-many-sharers");
    }

    [Fact]
    public async Task A_broken_user_template_is_a_line_numbered_error()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "t")).FullName;
        File.WriteAllText(Path.Combine(folder, "x.yml"), "id: x\ntitle: X\nsections:\n  - title: S\n    questions:\n      - id: q\n        text: Q?\n        kind: essay\nrules: []\n");
        var (exit, _, error) = await Run("assess", "--list", "--templates", folder);
        exit.ShouldBe(2);
        error.ShouldContain("x.yml:8:15: kind of question 'q' must be one of");
    }

    [Fact]
    public async Task Interactive_answers_are_saved_as_they_go_and_a_rerun_resumes()
    {
        var save = Path.Combine(_dir, "ws.answers.yml");
        var script = new Dictionary<string, string>
        {
            ["single-person-system"] = "no",
            ["source-location-known"] = "yes",
            ["safe-deploy"] = "no",
            ["has-staging"] = "no",
            ["features-planned"] = "planned",
            ["vendor-access-documented"] = "yes",
            ["keys-shared-in-chat"] = "no",
            ["security-confidence"] = "reviewed-recently",
            ["restore-tested"] = "yes",
            ["tools-disagree"] = "no",
            ["automations-fail-silently"] = "no",
        };

        var first = new ScriptedPrompter(script, stopAfter: 4);
        var (exit1, _, error1) = await RunInteractive(first, "warning-signs", "--save", save);
        exit1.ShouldBe(130, "Ctrl+C mid-way is a cancellation");
        error1.ShouldContain("cancelled");
        File.ReadAllText(save).ShouldContain("has-staging: no");

        var second = new ScriptedPrompter(script);
        var (exit2, output2, _) = await RunInteractive(second, "warning-signs", "--save", save);
        exit2.ShouldBe(0);
        second.Asked.ShouldNotContain("safe-deploy");
        second.Asked.Count.ShouldBe(7);
        output2.ShouldContain("Resuming: 4 answers");
        output2.ShouldContain("Stop changing production by hand");
    }

    private static async Task<(int Exit, string Out, string Err)> RunInteractive(ScriptedPrompter prompter, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        var cli = new CliContext(console, error, Time(), Interactive: true);
        var root = new RootCommand { AssessCommand.Create(cli, _ => prompter) };
        int exit;
        try
        {
            exit = await root.Parse(["assess", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            // PlumbApp maps cancellation to exit 130 with this line; the same mapping is applied here.
            error.WriteLine("plumb: cancelled");
            exit = ExitCodes.Cancelled;
        }

        return (exit, output.ToString(), error.ToString());
    }
}
