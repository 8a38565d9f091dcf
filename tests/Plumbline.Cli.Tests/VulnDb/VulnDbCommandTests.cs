using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Vulnerabilities.Index;

namespace Plumbline.Cli.Tests.VulnDb;

public sealed class VulnDbCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "plumb-vulndb-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly FakeTimeProvider _time = new(Now);

    public VulnDbCommandTests() => Directory.CreateDirectory(_temp);

    private string Data => Path.Combine(_temp, "data");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private async Task<(int Exit, string Out, string Err)> Plumb(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PlumbApp.RunAsync(args, output, error, _time, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Import_then_status_shows_ecosystems_counts_and_age()
    {
        var zip = Path.Combine(_temp, "npm-all.zip");
        await File.WriteAllBytesAsync(zip, OsvZip.Of("npm", ("GHSA-cli0-0000-0001", "lodash", "4.17.21"), ("GHSA-cli0-0000-0002", "qs", "6.7.3")));

        var import = await Plumb("vulndb", "import", zip, "--data", Data);
        import.Exit.ShouldBe(0, import.Err);
        import.Out.ShouldContain("Imported npm: 2 advisories for 2 packages");

        _time.Advance(TimeSpan.FromDays(10));
        var status = await Plumb("vulndb", "status", "--data", Data);
        status.Exit.ShouldBe(0, status.Err);
        status.Out.ShouldContain("npm");
        status.Out.ShouldContain("10 days (stale)");
        status.Out.ShouldContain("2026-03-01 09:00");
    }

    [Fact]
    public async Task Update_downloads_each_ecosystem_archive_from_the_source()
    {
        using var server = new LoopbackServer(new Dictionary<string, byte[]>
        {
            ["/npm/all.zip"] = OsvZip.Of("npm", ("GHSA-upd0-0000-0001", "lodash", "4.17.21")),
            ["/crates.io/all.zip"] = OsvZip.Of("crates.io", ("RUSTSEC-2099-0002", "smallvec", "1.6.1"), ("RUSTSEC-2099-0003", "time", "0.2.23")),
        });

        var update = await Plumb("vulndb", "update", "--source", server.Url, "--ecosystem", "npm", "--ecosystem", "crates.io", "--data", Data);

        update.Exit.ShouldBe(0, update.Err);
        update.Out.ShouldContain("Updated npm: 1 advisories");
        update.Out.ShouldContain("Updated crates.io: 2 advisories");
        server.Requests.ShouldBe(["/npm/all.zip", "/crates.io/all.zip"]);
        var meta = new VulnIndexStore(Data).ReadMetadata()!;
        meta.Find("npm")!.Source.ShouldBe($"{server.Url}/npm/all.zip");
        meta.Find("npm")!.ImportedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task Update_names_an_archive_it_could_not_fetch_and_keeps_the_rest()
    {
        using var server = new LoopbackServer(new Dictionary<string, byte[]>
        {
            ["/npm/all.zip"] = OsvZip.Of("npm", ("GHSA-upd1-0000-0001", "lodash", "4.17.21")),
        });

        var update = await Plumb("vulndb", "update", "--source", server.Url + "/", "--ecosystem", "npm", "--ecosystem", "PyPI", "--data", Data);

        update.Exit.ShouldBe(2);
        update.Err.ShouldContain($"PyPI: {server.Url}/PyPI/all.zip: not found (404)");
        new VulnIndexStore(Data).ReadMetadata()!.Find("npm").ShouldNotBeNull();
    }

    [Fact]
    public async Task Downloads_over_the_size_cap_are_refused()
    {
        using var server = new LoopbackServer(new Dictionary<string, byte[]>
        {
            ["/npm/all.zip"] = OsvZip.Of("npm", ("GHSA-big0-0000-0001", "lodash", "4.17.21")),
        });
        using var http = new HttpClient();
        var store = new VulnIndexStore(Data);
        var downloader = new OsvDownloader(http, store, _time) { MaxArchiveBytes = 64 };

        var outcome = (await downloader.UpdateAsync(server.Url, ["npm"], null, CancellationToken.None)).ShouldHaveSingleItem();

        outcome.Error!.ShouldContain("over the 64-byte limit");
        store.ReadMetadata().ShouldBeNull();
        Directory.EnumerateFiles(store.Folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task Status_without_a_database_says_how_to_get_one()
    {
        var status = await Plumb("vulndb", "status", "--data", Data);
        status.Exit.ShouldBe(0);
        status.Out.ShouldContain("No vulnerability database");
        status.Out.ShouldContain("plumb vulndb update");
    }

    [Fact]
    public async Task Importing_a_missing_path_is_an_input_error_on_one_line()
    {
        var import = await Plumb("vulndb", "import", Path.Combine(_temp, "missing.zip"), "--data", Data);
        import.Exit.ShouldBe(2);
        import.Err.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("missing.zip: no such file or folder");
    }

    [Fact]
    public async Task A_source_that_is_not_an_http_url_is_an_input_error()
    {
        var update = await Plumb("vulndb", "update", "--source", "ftp://example.invalid", "--data", Data);
        update.Exit.ShouldBe(2);
        update.Err.ShouldContain("--source");
    }

    [Fact]
    public async Task Importing_files_without_advisories_is_an_input_error()
    {
        var folder = Path.Combine(_temp, "empty");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "x.json"), "{\"hello\": 1}");
        var import = await Plumb("vulndb", "import", folder, "--data", Data);
        import.Exit.ShouldBe(2);
        import.Err.ShouldContain("no usable OSV advisories");
    }

    [Fact]
    public async Task Importing_into_a_data_folder_that_is_a_file_is_an_input_error_on_one_line()
    {
        var zip = Path.Combine(_temp, "npm-all.zip");
        await File.WriteAllBytesAsync(zip, OsvZip.Of("npm", ("GHSA-cli0-0000-0001", "lodash", "4.17.21")));
        var file = Path.Combine(_temp, "data-file");
        await File.WriteAllTextAsync(file, "not a folder");

        var import = await Plumb("vulndb", "import", zip, "--data", file);

        import.Exit.ShouldBe(2);
        import.Err.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("the index could not be written");
    }
}
