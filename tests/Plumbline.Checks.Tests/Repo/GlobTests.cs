using Plumbline.Checks.Repo;

namespace Plumbline.Checks.Tests.Repo;

public sealed class GlobTests
{
    [Theory]
    [InlineData("*.log", "a/b/c.log", true)]
    [InlineData("/build", "build/x.js", true)]
    [InlineData("/build", "src/build/x.js", false)]
    [InlineData("docs/**/*.md", "docs/a/b/c.md", true)]
    [InlineData("docs/**/*.md", "docs/c.md", true)]
    [InlineData("vendor/", "vendor/lib.js", true)]
    [InlineData("a?c", "abc", true)]
    [InlineData("*.cs", "src/a.csx", false)]
    public void Patterns_match_paths_and_their_parent_folders(string pattern, string path, bool expected)
    {
        Glob.MatchesPathOrParent(pattern, path).ShouldBe(expected);
    }
}
