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
}
