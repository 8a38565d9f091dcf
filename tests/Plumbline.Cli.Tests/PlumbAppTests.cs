using Microsoft.Extensions.Time.Testing;

namespace Plumbline.Cli.Tests;

public sealed class PlumbAppTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var exit = await PlumbApp.RunAsync(args, output, error, time, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Version_prints_the_version_and_exits_zero()
    {
        var (exit, output, _) = await Run("--version");

        exit.ShouldBe(0);
        output.ShouldStartWith("0.");
    }

    [Fact]
    public async Task Ctrl_c_exits_130_with_one_line_not_as_an_internal_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

        var folder = Directory.CreateTempSubdirectory("plumb-cancel-");
        File.WriteAllText(Path.Combine(folder.FullName, "app.py"), "print('hello')\n");

        var exit = await PlumbApp.RunAsync(["audit", folder.FullName, "--format", "json", "--out", Path.Combine(folder.FullName, "out")], output, error, time, interactive: false, cancellationToken: cancelled.Token);
        folder.Delete(recursive: true);

        exit.ShouldBe(130);
        error.ToString().ShouldBe("plumb: cancelled" + Environment.NewLine);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_the_exit_codes()
    {
        var (exit, output, _) = await Run("--help");

        exit.ShouldBe(0);
        output.ShouldContain("plan");
        output.ShouldContain("catalog");
        output.ShouldContain("2 usage or input error");
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error_with_exit_code_two()
    {
        var (exit, output, error) = await Run("frobnicate");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("Unrecognized command or argument 'frobnicate'");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task The_catalog_shows_one_recommendation_in_full()
    {
        var (exit, output, _) = await Run("catalog", "--show", "test-restores");

        exit.ShouldBe(0);
        output.ShouldContain("Test restoring a backup");
        output.ShouldContain("Why:");
        output.ShouldContain("Do now");
    }

    [Fact]
    public async Task An_unknown_recommendation_is_an_input_error()
    {
        var (exit, _, error) = await Run("catalog", "--show", "no-such-thing");

        exit.ShouldBe(2);
        error.Trim().ShouldBe("plumb: --show: no recommendation 'no-such-thing' (run 'plumb catalog' to list them)");
    }

    [Fact]
    public async Task The_catalog_listing_is_one_tab_separated_line_per_recommendation_when_output_is_redirected()
    {
        var (exit, output, _) = await Run("catalog");

        exit.ShouldBe(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split('\t')).ToList();
        rows[0].ShouldBe(["id", "title", "category", "impact", "effort", "phase", "quadrant"]);
        rows.Count.ShouldBe(Core.Recommendations.RecommendationCatalog.BuiltIn.All.Count + 1);
        foreach (var r in Core.Recommendations.RecommendationCatalog.BuiltIn.All)
        {
            // Whole words in every field: a wrapped table would split "automation" across two lines.
            rows.ShouldContain(row => row[0] == r.Id && row[1] == r.Title && row[2] == r.Category, r.Id);
        }
    }
}
