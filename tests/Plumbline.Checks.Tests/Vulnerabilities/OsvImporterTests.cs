using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Vulnerabilities.Index;
using static Plumbline.Checks.Tests.Vulnerabilities.OsvFixtures;

namespace Plumbline.Checks.Tests.Vulnerabilities;

public sealed class OsvImporterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_all_zip_archive_is_imported_into_a_per_ecosystem_index_with_metadata()
    {
        using var temp = new TempFolder();
        var zip = temp.Write("npm-all.zip", Zip(
            Advisory("GHSA-aaaa-0000-0001", "npm", "lodash", fixedIn: "4.17.21", aliases: ["CVE-2099-0001"]),
            Advisory("GHSA-aaaa-0000-0002", "npm", "lodash", introduced: "3.0.0", fixedIn: "3.10.1"),
            Advisory("GHSA-aaaa-0000-0003", "npm", "qs", fixedIn: "6.7.3"),
            Advisory("GHSA-aaaa-0000-0004", "npm", "gone", withdrawn: "2026-01-01T00:00:00Z")));
        var store = new VulnIndexStore(Path.Combine(temp.Path, "data"));

        var summary = new OsvImporter(store, new FakeTimeProvider(Now)).Import([zip]);

        summary.Error.ShouldBeNull();
        summary.Documents.ShouldBe(4);
        summary.Skipped.ShouldBe(1);
        var npm = summary.Ecosystems.ShouldHaveSingleItem();
        npm.Name.ShouldBe("npm");
        npm.Advisories.ShouldBe(3);
        npm.Packages.ShouldBe(2);
        npm.ImportedAt.ShouldBe(Now);
        store.ReadMetadata()!.Find("npm")!.Source.ShouldBe(Path.GetFullPath(zip));
        store.Load("npm").For("lodash").Select(a => a.Id).ShouldBe(["GHSA-aaaa-0000-0001", "GHSA-aaaa-0000-0002"]);
        store.Load("npm").For("lodash")[0].Aliases.ShouldBe(["CVE-2099-0001"]);
    }

    [Fact]
    public void A_folder_of_json_files_with_several_ecosystems_fills_each_ecosystem()
    {
        using var temp = new TempFolder();
        temp.Write("osv/a.json", Advisory("PYSEC-2099-1", "PyPI", "Django", fixedIn: "4.2").ToJsonString());
        temp.Write("osv/nested/b.json", Advisory("RUSTSEC-2099-0001", "crates.io", "smallvec", fixedIn: "1.6.1").ToJsonString());
        temp.Write("osv/notes.txt", "not an advisory");
        temp.Write("osv/broken.json", "{ nope");
        var store = new VulnIndexStore(Path.Combine(temp.Path, "data"));

        var summary = new OsvImporter(store, new FakeTimeProvider(Now)).Import([Path.Combine(temp.Path, "osv")]);

        summary.Ecosystems.Select(e => e.Name).ShouldBe(["PyPI", "crates.io"]);
        summary.Skipped.ShouldBe(1);
        store.Load("PyPI").For("django").ShouldHaveSingleItem();
    }

    [Fact]
    public void Importing_an_ecosystem_again_replaces_its_advisories_and_keeps_the_others()
    {
        using var temp = new TempFolder();
        var store = new VulnIndexStore(Path.Combine(temp.Path, "data"));
        var time = new FakeTimeProvider(Now);
        var first = temp.Write("1/a.json", Advisory("GHSA-old0-0000-0001", "npm", "lodash", fixedIn: "1.0.0").ToJsonString());
        var pypi = temp.Write("1/b.json", Advisory("PYSEC-2099-2", "PyPI", "flask", fixedIn: "2.0").ToJsonString());
        new OsvImporter(store, time).Import([first, pypi]);
        time.Advance(TimeSpan.FromDays(2));
        var second = temp.Write("2/a.json", Advisory("GHSA-new0-0000-0001", "npm", "lodash", fixedIn: "2.0.0").ToJsonString());

        new OsvImporter(store, time).Import([second]);

        store.Load("npm").For("lodash").Select(a => a.Id).ShouldBe(["GHSA-new0-0000-0001"]);
        var meta = store.ReadMetadata()!;
        meta.Find("npm")!.ImportedAt.ShouldBe(Now.AddDays(2));
        meta.Find("PyPI")!.ImportedAt.ShouldBe(Now);
    }

    [Fact]
    public void A_missing_path_is_an_error_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var store = new VulnIndexStore(Path.Combine(temp.Path, "data"));
        var summary = new OsvImporter(store, new FakeTimeProvider(Now)).Import([Path.Combine(temp.Path, "nope.zip")]);
        summary.Error!.ShouldContain("no such file or folder");
        store.ReadMetadata().ShouldBeNull();
    }

    [Fact]
    public void Loading_only_the_packages_a_target_uses_skips_the_rest()
    {
        using var temp = new TempFolder();
        var zip = temp.Write("all.zip", Zip(
            Advisory("GHSA-only-0000-0001", "npm", "lodash", fixedIn: "4.17.21"),
            Advisory("GHSA-only-0000-0002", "npm", "qs", fixedIn: "6.7.3")));
        var store = new VulnIndexStore(Path.Combine(temp.Path, "data"));
        new OsvImporter(store, new FakeTimeProvider(Now)).Import([zip]);

        var index = store.Load("npm", new HashSet<string> { "qs" });

        index.For("qs").ShouldHaveSingleItem();
        index.For("lodash").ShouldBeEmpty();
    }

    [Fact]
    public void An_advisory_with_an_ecosystem_name_no_index_file_can_carry_is_skipped_and_the_rest_imported()
    {
        using var temp = new TempFolder();
        var zip = temp.Write("mixed.zip", Zip(
            Advisory("GHSA-long-0000-0001", new string('x', 300), "thing", fixedIn: "1.0.0"),
            Advisory("GHSA-aaaa-0000-0003", "npm", "qs", fixedIn: "6.7.3")));
        var store = new VulnIndexStore(Path.Combine(temp.Path, "data"));

        var summary = new OsvImporter(store, new FakeTimeProvider(Now)).Import([zip]);

        summary.Error.ShouldBeNull();
        summary.Ecosystems.ShouldHaveSingleItem().Name.ShouldBe("npm");
        summary.Notes.ShouldContain(n => n.StartsWith("GHSA-long-0000-0001: the ecosystem name 'xxxx", StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_that_cannot_be_written_is_an_error_and_leaves_the_previous_import_whole()
    {
        using var temp = new TempFolder();
        var data = Path.Combine(temp.Path, "data");
        var store = new VulnIndexStore(data);
        var importer = new OsvImporter(store, new FakeTimeProvider(Now));
        importer.Import([temp.Write("npm.zip", Zip(Advisory("GHSA-aaaa-0000-0003", "npm", "qs", fixedIn: "6.7.3")))]).Error.ShouldBeNull();

        // PyPI's index file cannot be created where a folder of that name stands, so neither ecosystem may change.
        Directory.CreateDirectory(Path.Combine(store.Folder, "PyPI.idx"));
        var summary = importer.Import([temp.Write("both.zip", Zip(
            Advisory("GHSA-aaaa-0000-0009", "npm", "lodash", fixedIn: "4.17.21"),
            Advisory("PYSEC-2099-1", "PyPI", "Django", fixedIn: "4.2")))]);

        summary.Error.ShouldNotBeNull().ShouldContain("nothing was imported");
        store.Load("npm").For("qs").ShouldHaveSingleItem();
        store.Load("npm").For("lodash").ShouldBeEmpty();
        store.ReadMetadata()!.Ecosystems.Select(e => e.Name).ShouldBe(["npm"]);
        Directory.EnumerateFiles(store.Folder, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public void A_data_folder_that_is_a_file_is_an_error_not_a_crash()
    {
        using var temp = new TempFolder();
        var file = temp.Write("data", "not a folder");

        var summary = new OsvImporter(new VulnIndexStore(file), new FakeTimeProvider(Now)).Import([temp.Write("npm.zip", Zip(Advisory("GHSA-aaaa-0000-0003", "npm", "qs", fixedIn: "6.7.3")))]);

        summary.Error.ShouldNotBeNull().ShouldStartWith(Path.Combine(file, "osv") + ": the index could not be written");
    }

    [Repo.LinuxFileFact]
    public void A_named_pipe_among_the_json_files_is_skipped_instead_of_waited_on()
    {
        using var temp = new TempFolder();
        temp.Write("osv/a.json", Advisory("PYSEC-2099-1", "PyPI", "Django", fixedIn: "4.2").ToJsonString());
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(temp.Path, "osv", "pipe.json"))!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
        }

        var summary = new OsvImporter(new VulnIndexStore(Path.Combine(temp.Path, "data")), new FakeTimeProvider(Now)).Import([Path.Combine(temp.Path, "osv")]);

        summary.Ecosystems.ShouldHaveSingleItem().Name.ShouldBe("PyPI");
        summary.Skipped.ShouldBe(1);
        summary.Notes.ShouldContain(n => n.EndsWith("pipe.json: empty, or not a regular file", StringComparison.Ordinal));
    }
}
