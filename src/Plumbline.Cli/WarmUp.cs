using Plumbline.Cli.Output;
using Plumbline.Cli.Rendering;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;
using Spectre.Console;

namespace Plumbline.Cli;

/// <summary>Pays one-time costs on a spare core before the work that needs them, so that they are not on its path.</summary>
/// <remarks>Only costs that do not depend on the input are paid here, by doing the same work on a sample and throwing
/// the result away. Only time is at stake: the real work runs, and reports its own errors, either way.</remarks>
internal static class WarmUp
{
    /// <summary>Starts YamlDotNet's first parse.</summary>
    /// <remarks>The first parser made in a process compiles YamlDotNet's regular expression for tag handles (about
    /// 20 ms); reading a configuration, a register or the catalog would otherwise wait for it.</remarks>
    public static void Yaml() => Run(() => YamlInput.Parse("warm: up", "warm-up"));

    /// <summary>Starts the terminal report's first rendering.</summary>
    /// <remarks>The first report a process renders takes about 90 ms longer than the next one: Spectre.Console's layout
    /// code is loaded and prepared, its character-width tables are built, and the planner and the report factory run
    /// for the first time. A two-item sample is built and rendered to a console that discards its output and has the
    /// real one's width and capabilities, so that the same code is prepared. Started as a command begins, when it will
    /// show its report in the terminal.</remarks>
    public static void Report(CliContext cli, ReportRequest request)
    {
        if (request.Formats.Contains("terminal"))
        {
            // Today on the warm-up thread too: the first use of the local time zone reads the zone database.
            var like = cli.Console.Profile;
            Run(() => RenderSample(Discarding(like), cli.Today));
        }
    }

    /// <summary>Builds the sample report and renders it to <paramref name="console"/>.</summary>
    internal static void RenderSample(IAnsiConsole console, DateOnly today) => ReportConsoleRenderer.Render(console, Sample(today));

    // A thread of its own, not the pool's: the pool has a thread per core at first, and the work this prepares for
    // would queue behind the warm-up.
    private static void Run(Action work) => new Thread(() =>
    {
        try
        {
            work();
        }
        catch (Exception)
        {
            // A failed warm-up loses nothing but the time it was to save.
        }
    })
    { IsBackground = true, Name = "warm-up" }.Start();

    private static IAnsiConsole Discarding(Profile like)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(TextWriter.Null),
            Ansi = like.Capabilities.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = (ColorSystemSupport)like.Capabilities.ColorSystem,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = like.Width;
        console.Profile.Height = 24;
        return console;
    }

    private static Report Sample(DateOnly today)
    {
        var failed = new Finding("WarmUp", "warm-up", Outcome.Fail, Severity.High, "A sample finding.", new Location("sample.txt", 1), "0");
        var passed = failed with { Outcome = Outcome.Pass, Severity = Severity.Info };
        Item[] items =
        [
            new("warm-up-1", "A sample item", Impact.High, Effort.Small, Phase.ImmediateFixes) { Findings = [failed] },
            new("warm-up-2", "Another sample item", Impact.Low, Effort.Trivial, Phase.RiskReduction),
        ];
        var report = ReportFactory.Create("Sample", "audit", "sample", default, [failed, passed], items, new PlanSettings(today, 8), RecommendationCatalog.Empty);
        return report.Value with
        {
            Tables = [new MetricTable("sample", "Sample", ["Name", "Count"], [["a", "1"], ["b", "2"]])],
            Working = ["A sample strength."],
        };
    }
}
