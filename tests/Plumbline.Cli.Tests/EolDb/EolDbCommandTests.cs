using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.EndOfLife;

namespace Plumbline.Cli.Tests.EolDb;

public sealed class EolDbCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "plumb-eoldb-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly FakeTimeProvider _time = new(Now);

    public EolDbCommandTests() => Directory.CreateDirectory(_temp);

    private string Data => Path.Combine(_temp, "data");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private async Task<(int Exit, string Out, string Err)> Plumb(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PlumbApp.RunAsync(args, output, error, _time, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    // A product page in the endoflife.date format, written for this test.
    private string WriteRepository()
    {
        var products = Path.Combine(_temp, "endoflife.date", "products");
        Directory.CreateDirectory(products);
        File.WriteAllText(Path.Combine(products, "php.md"),
            "---\ntitle: PHP\nreleases:\n  - releaseCycle: \"8.4\"\n    releaseDate: 2024-11-21\n    eol: 2028-12-31\n    latest: \"8.4.9\"\n    latestReleaseDate: 2026-07-30\n\n" +
            "  - releaseCycle: \"7.2\"\n    releaseDate: 2017-11-30\n    eol: 2020-11-30\n---\n");
        return Path.Combine(_temp, "endoflife.date");
    }

    [Fact]
    public async Task Update_then_status_shows_the_data_date_and_products()
    {
        var update = await Plumb("eoldb", "update", WriteRepository(), "--data", Data);
        update.Exit.ShouldBe(0, update.Err);
        update.Out.ShouldContain("Imported 1 products, data as of 2026-07-30 (source: endoflife.date (MIT licence))");
        update.Out.ShouldContain("Not in ");
        new EolStore(Data).Load().Find("php")!.Cycles.Count.ShouldBe(2);

        var status = await Plumb("eoldb", "status", "--data", Data);
        status.Exit.ShouldBe(0, status.Err);
        status.Out.ShouldContain("2026-07-30");
        status.Out.ShouldContain("130 days");
        status.Out.ShouldContain("Products: php");
        status.Out.ShouldContain("Audits use: endoflife.date (MIT licence), data as of 2026-07-30.");
    }

    [Fact]
    public async Task Status_without_an_import_shows_the_built_in_baseline_and_an_older_import_does_not_replace_it()
    {
        var before = await Plumb("eoldb", "status", "--data", Data);
        before.Exit.ShouldBe(0, before.Err);
        before.Out.ShouldContain("Audits use: Plumbline's built-in baseline (the vendors' published support policies), data as of 2025-12-31.");
        before.Out.ShouldContain("341 days (old)");

        var products = Path.Combine(_temp, "old", "products");
        Directory.CreateDirectory(products);
        await File.WriteAllTextAsync(Path.Combine(products, "php.md"), "---\ntitle: PHP\nreleases:\n  - releaseCycle: \"7.2\"\n    releaseDate: 2017-11-30\n    eol: 2020-11-30\n---\n");
        var update = await Plumb("eoldb", "update", Path.Combine(_temp, "old"), "--data", Data);
        update.Exit.ShouldBe(0, update.Err);
        update.Out.ShouldContain("older than the baseline built into plumb (data as of 2025-12-31), so audits keep using the baseline");

        var after = await Plumb("eoldb", "status", "--data", Data);
        after.Out.ShouldContain("Audits use: Plumbline's built-in baseline");
        new EolStore(Data).Load().Origin.ShouldBe("built in");
    }

    [Fact]
    public async Task Update_from_a_path_that_is_not_the_repository_is_an_input_error_naming_it()
    {
        var missing = Path.Combine(_temp, "nowhere");

        var update = await Plumb("eoldb", "update", missing, "--data", Data);

        update.Exit.ShouldBe(2);
        update.Err.Trim().ShouldBe($"plumb: {missing}: no such file or folder (give the endoflife.date repository, its products folder, or a zip of it)");
    }

    [Fact]
    public async Task Status_of_damaged_data_is_an_input_error_saying_what_to_run()
    {
        Directory.CreateDirectory(Path.Combine(Data, "eol"));
        await File.WriteAllTextAsync(Path.Combine(Data, "eol", "eol.json"), "{ not json");

        var status = await Plumb("eoldb", "status", "--data", Data);

        status.Exit.ShouldBe(2);
        status.Err.ShouldContain("is not a Plumbline end-of-life data file");
        status.Err.ShouldContain("run 'plumb eoldb update' again");
    }
}
