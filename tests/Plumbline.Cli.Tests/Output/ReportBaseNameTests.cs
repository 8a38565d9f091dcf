using Plumbline.Cli.Output;

namespace Plumbline.Cli.Tests.Output;

/// <summary>Report file names: two targets never share one, so reports written into one --out folder never overwrite each other.</summary>
public sealed class ReportBaseNameTests
{
    [Theory]
    [InlineData("audit", "/work/proj.v1", "plumbline-audit-proj-v1")]
    [InlineData("audit", "/work/proj.v2/", "plumbline-audit-proj-v2")]
    [InlineData("audit", "https://github.com/acme/shop.git", "plumbline-audit-shop")]
    [InlineData("audit", "/", "plumbline-audit")]
    [InlineData("plan", "register", "plumbline-plan-register")]
    public void The_base_name_keeps_the_whole_last_segment_of_the_target(string kind, string target, string expected)
    {
        ReportOutput.BaseName(kind, target).ShouldBe(expected);
    }

    [Fact]
    public void Folders_that_differ_only_after_a_dot_get_different_names()
    {
        ReportOutput.BaseName("audit", "proj.v1").ShouldNotBe(ReportOutput.BaseName("audit", "proj.v2"));
    }
}
