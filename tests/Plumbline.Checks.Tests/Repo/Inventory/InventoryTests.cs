namespace Plumbline.Checks.Tests.Repo.Inventory;

public sealed class InventoryTests
{
    [Fact]
    public void Identical_copies_are_counted_once_and_generated_files_and_lockfiles_are_left_out()
    {
        using var repo = Fixture.Repo(new Dictionary<string, string>
        {
            ["a/m.py"] = "x = 1\n# note\n",
            ["b/m.py"] = "x = 1\n# note\n",
            ["z.py"] = "y = 2\n\n",
            ["empty1.py"] = "",
            ["empty2.py"] = "",
            ["package-lock.json"] = "{\"lockfileVersion\": 3}\n",
            ["dist/app.js"] = "var a = 1;\n",
        });

        var inventory = Checks.Repo.Inventory.Inventory.Of(Fixture.Snapshot(repo.Path));

        inventory.Duplicates.ShouldBe(1, "b/m.py repeats a/m.py; empty files hold nothing to repeat");
        inventory.Lockfiles.ShouldBe(1);
        inventory.Generated.ShouldBe(1);
        var python = inventory.Languages.ShouldHaveSingleItem();
        python.Language.ShouldBe("Python");
        python.Files.ShouldBe(4);
        python.Lines.Code.ShouldBe(2);
        python.Lines.Comment.ShouldBe(1);
        python.Lines.Blank.ShouldBe(1);
    }

    [Theory]
    [InlineData("index")]
    [InlineData("commit")]
    [InlineData("folder")]
    public void Files_of_one_size_are_told_apart_by_content(string source)
    {
        using var repo = Fixture.Repo(new Dictionary<string, string>
        {
            ["a.py"] = "x = 1\n",
            ["b.py"] = "y = 2\n",
            ["c/a.py"] = "x = 1\n",
            ["long.py"] = "value = 10\n",
        });
        if (source == "folder")
        {
            new DirectoryInfo(Path.Combine(repo.Path, ".git")).Delete(recursive: true);
        }

        var snapshot = Fixture.Snapshot(repo.Path, rev: source == "commit" ? "HEAD" : null);
        var inventory = Checks.Repo.Inventory.Inventory.Of(snapshot);

        inventory.Duplicates.ShouldBe(1, "c/a.py repeats a.py; b.py has the same size but other content");
        inventory.Languages.ShouldHaveSingleItem().Lines.Code.ShouldBe(3);
        snapshot.Find("b.py")!.Facts!.ContentHash.ShouldNotBe(snapshot.Find("a.py")!.Facts!.ContentHash);
        snapshot.Find("c/a.py")!.Facts!.ContentHash.ShouldBe(snapshot.Find("a.py")!.Facts!.ContentHash);
    }
}
