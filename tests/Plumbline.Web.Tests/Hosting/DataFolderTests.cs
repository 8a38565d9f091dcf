using Plumbline.Web.Hosting;

namespace Plumbline.Web.Tests.Hosting;

public sealed class DataFolderTests
{
    [Fact]
    public void A_new_data_folder_is_readable_only_by_its_owner()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var parent = Directory.CreateTempSubdirectory("plumb-data-").FullName;
        try
        {
            var dir = Path.Combine(parent, "workspace");

            _ = new WorkspaceDatabase(new WorkspaceOptions { DataDir = dir });

            File.GetUnixFileMode(dir).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
