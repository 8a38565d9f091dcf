using Plumbline.Checks.Vulnerabilities.Versions;

namespace Plumbline.Checks.Tests.Vulnerabilities.DotNet;

public sealed class NuGetVersionSpecTests
{
    [Theory]
    [InlineData("16.3.0", "16.3.0")]
    [InlineData("1.0", "1.0.0")]
    [InlineData(" 01.02.03 ", "1.2.3")]
    [InlineData("1.2.3.0", "1.2.3")]
    [InlineData("1.2.3.4", "1.2.3.4")]
    [InlineData("2.0.0-beta.1+build.5", "2.0.0-beta.1")]
    [InlineData("[1.0,2.0)", "1.0.0")]
    [InlineData("[1.0, )", "1.0.0")]
    [InlineData("[1.2.3]", "1.2.3")]
    [InlineData("[1.0,2.0]", "1.0.0")]
    public void A_minimum_that_is_included_is_the_version_NuGet_restores(string spec, string restored)
    {
        NuGetVersionSpec.Resolve(spec).Version.ShouldBe(restored);
    }

    [Theory]
    [InlineData("1.*", "floating")]
    [InlineData("1.0.*", "floating")]
    [InlineData("*", "floating")]
    [InlineData("1.0.0-*", "floating")]
    [InlineData("*-*", "floating")]
    [InlineData("[1.0.*,2.0)", "floating")]
    [InlineData("(1.0,2.0)", "excludes its lower bound")]
    [InlineData("(1.0,)", "excludes its lower bound")]
    [InlineData("(,1.0]", "no lower bound")]
    [InlineData("[,1.0)", "no lower bound")]
    [InlineData("(1.0)", "not a NuGet version range")]
    [InlineData("$(SerilogVersion)", "MSBuild property")]
    [InlineData("", "no version")]
    [InlineData("latest", "not a NuGet version")]
    [InlineData("1.2.3.4.5", "not a NuGet version")]
    public void A_version_that_depends_on_the_feed_or_on_the_build_is_not_guessed(string spec, string reason)
    {
        var pin = NuGetVersionSpec.Resolve(spec);

        pin.Version.ShouldBeNull();
        pin.Reason.ShouldNotBeNull().ShouldContain(reason);
    }
}
