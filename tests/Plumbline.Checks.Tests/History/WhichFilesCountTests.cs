using Plumbline.Checks.History;

namespace Plumbline.Checks.Tests.History;

/// <summary>Only code people write counts for authorship: the repository's linguist attributes, the inventory's
/// generated, vendored and binary rules, and binary content as git diffs it.</summary>
public sealed class WhichFilesCountTests : IDisposable
{
    private readonly HistoryRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Generated_vendored_and_binary_files_are_left_out_and_attributes_can_bring_one_back()
    {
        File.WriteAllText(Path.Combine(_repo.Root, ".gitattributes"), "gen/** linguist-generated\nvendor/keep/** -linguist-vendored\n");
        _repo.Write("src/app.cs", 10).Write("dist/bundle.js", 10).Write("gen/parser.cs", 10).Write("vendor/lib/copied.cs", 10).Write("vendor/keep/ours.cs", 10);
        Directory.CreateDirectory(Path.Combine(_repo.Root, "assets"));
        File.WriteAllBytes(Path.Combine(_repo.Root, "assets/logo.png"), [0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
        Directory.CreateDirectory(Path.Combine(_repo.Root, "data"));
        File.WriteAllBytes(Path.Combine(_repo.Root, "data/table.dat"), [1, 0, 2, 0, 3, 0, 4]); // no telling extension: binary by content
        _repo.CommitAll("Ann <ann@x.test>", "2024-01-01")
            .Commit("Ben <ben@x.test>", "2024-01-02", ("src/b.cs", 10));

        var result = await _repo.AuditAsync("2024-02-01");

        // Counted: src/app.cs, src/b.cs, vendor/keep/ours.cs (vendoring cleared by the attribute) and .gitattributes.
        // Left out: dist/bundle.js (build output), gen/parser.cs (linguist-generated), vendor/lib/copied.cs,
        // assets/logo.png (binary extension), data/table.dat (git diffs it as binary).
        var activity = result.Metrics["activity"]!;
        activity["sourceFiles"]!.GetValue<int>().ShouldBe(4);
        activity["skippedFiles"]!.GetValue<int>().ShouldBe(5);
        result.Tables.Single(t => t.Id == "knowledge-map").Rows.Select(r => r[0]).ShouldBe(["src", "vendor", "(root)"]);
    }

    [Fact]
    public void Deeper_and_later_attribute_lines_win()
    {
        var attributes = new LinguistAttributes(
        [
            ("", "*.js linguist-vendored\nsrc/*.js -linguist-vendored\ndocs/** linguist-documentation\n"),
            ("src/gen/", "*.js linguist-generated\nkeep.js !linguist-generated\n"),
        ]);

        attributes.Classify("lib/jquery.js").ShouldBe(PathClass.Vendored);
        attributes.Classify("src/app.js").ShouldBe(PathClass.Source);        // cleared by the later line
        attributes.Classify("src/gen/out.js").ShouldBe(PathClass.Vendored);  // generated, from the deeper file
        attributes.Classify("src/gen/keep.js").ShouldBe(PathClass.Vendored); // unset generated; *.js still vendored
        attributes.Classify("docs/guide/intro.js").ShouldBe(PathClass.Vendored);
        attributes.Classify("docs/guide/intro.html").ShouldBe(PathClass.Documentation);
        attributes.Classify("README").ShouldBeNull();
    }
}
