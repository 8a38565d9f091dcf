using Plumbline.Checks.Audit;

namespace Plumbline.Checks.Tests.Runs;

/// <summary>A baseline that is not a JSON report is one line a person can act on, without the JSON reader's internals.</summary>
public sealed class AuditBaselineTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("items: []\n", "not valid JSON")]
    public void A_baseline_that_is_not_json_names_the_file_and_what_to_give(string text, string what)
    {
        var read = AuditBaseline.Read(text, "old.json");

        read.Success.ShouldBeFalse();
        var error = read.Errors.ShouldHaveSingleItem().ToString();
        error.ShouldStartWith("old.json");
        error.ShouldContain($"{what}: give a Plumbline JSON report (written with --format json)");
        error.ShouldNotContain("LineNumber");
        error.ShouldNotContain("BytePositionInLine");
    }
}
