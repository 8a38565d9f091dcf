using Plumbline.Checks.Vulnerabilities;

namespace Plumbline.Checks.Tests.Vulnerabilities;

public sealed class PlumbDataFolderTests
{
    [Fact]
    public void An_explicit_folder_wins_over_the_environment()
    {
        PlumbDataFolder.Resolve("/tmp/explicit", _ => "/tmp/env").ShouldBe("/tmp/explicit");
    }

    [Fact]
    public void PLUMB_DATA_overrides_the_default()
    {
        PlumbDataFolder.Resolve(null, name => name == "PLUMB_DATA" ? "/tmp/from-env" : null).ShouldBe("/tmp/from-env");
    }

    [Fact]
    public void XDG_DATA_HOME_is_used_before_the_platform_default()
    {
        PlumbDataFolder.Resolve(null, name => name == "XDG_DATA_HOME" ? "/tmp/xdg" : null).ShouldBe(Path.Combine("/tmp/xdg", "plumbline"));
    }

    [Fact]
    public void The_default_is_a_plumbline_folder_in_the_user_data_folder()
    {
        var folder = PlumbDataFolder.Resolve(null, _ => null);
        Path.GetFileName(folder).ShouldBe("plumbline");
        Path.IsPathRooted(folder).ShouldBeTrue();
    }
}
