namespace Plumbline.Cli.Tests.Commands;

/// <summary>A mistyped <c>--data</c> given to export or import is refused; it never becomes a new, empty workspace (issue 24).</summary>
public sealed class WorkspaceDataFolderTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("plumb-data-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public async Task Export_with_a_data_folder_that_does_not_exist_exits_2_with_one_line_and_creates_nothing()
    {
        var typo = Path.Combine(_temp.FullName, "workspcae");

        var run = await PlumbRun.Of("export", "Bakery", "--data", typo);

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().Split('\n').ShouldHaveSingleItem()
            .ShouldContain($"--data {typo}: the folder does not exist; check the path (a typo?), or run `plumb serve --data {typo}` to create a workspace there");
        Directory.Exists(typo).ShouldBeFalse();
    }

    [Fact]
    public async Task Import_into_a_folder_with_no_workspace_exits_2_and_leaves_the_folder_empty()
    {
        var backup = Path.Combine(_temp.FullName, "bakery.json");
        await File.WriteAllTextAsync(backup, "{\"engagement\":{\"name\":\"Bakery\",\"clientName\":\"Crumb & Co\",\"planStart\":\"2026-01-05\"}}");
        var empty = Directory.CreateDirectory(Path.Combine(_temp.FullName, "empty")).FullName;

        var run = await PlumbRun.Of("import", backup, "--data", empty);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"--data {empty}: no workspace in this folder (no plumbline.db)");
        Directory.EnumerateFileSystemEntries(empty).ShouldBeEmpty();
    }
}
