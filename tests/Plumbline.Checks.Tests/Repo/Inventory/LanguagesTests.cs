using Plumbline.Checks.Repo.Inventory;

namespace Plumbline.Checks.Tests.Repo.Inventory;

public sealed class LanguagesTests
{
    [Fact]
    public void At_least_forty_languages_are_recognised()
    {
        Languages.Names.Count.ShouldBeGreaterThanOrEqualTo(40);
    }

    [Theory]
    [InlineData("Program.cs", null, "C#")]
    [InlineData("Intrinsics.td", null, "TableGen")]
    [InlineData("Dockerfile", null, "Dockerfile")]
    [InlineData("Dockerfile.prod", null, "Dockerfile")]
    [InlineData("Makefile", null, "Makefile")]
    [InlineData("Jenkinsfile", null, "Groovy")]
    [InlineData("Gemfile", null, "Ruby")]
    [InlineData("deploy", "#!/usr/bin/env bash\necho hi\n", "Shell")]
    [InlineData("manage", "#!/usr/bin/python3 -u\nprint(1)\n", "Python")]
    [InlineData("cli", "#!/usr/bin/env node\nconsole.log(1)\n", "JavaScript")]
    public void Languages_are_detected_by_name_extension_and_shebang(string name, string? text, string expected)
    {
        Languages.Detect(name, text)!.Name.ShouldBe(expected);
    }

    [Fact]
    public void An_unknown_file_without_shebang_has_no_language()
    {
        Languages.Detect("notes", "just text").ShouldBeNull();
    }
}
