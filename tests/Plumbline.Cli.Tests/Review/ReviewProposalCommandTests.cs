using System.Text.Json.Nodes;
using Plumbline.Cli.Tests.Check;
using Plumbline.Testing.Reports;

namespace Plumbline.Cli.Tests.Review;

public sealed class ReviewProposalCommandTests
{
    private static string Corpus(string name) => RepoRoot.File($"tests/Plumbline.Checks.Tests/Proposal/Corpus/{name}");

    [Fact]
    public async Task A_proposal_is_reviewed_in_the_terminal_with_its_questions()
    {
        var (exit, output, error) = await CheckRun.Run("review", "proposal", Corpus("mobile-app-bad.md"));

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("proposal review");
        output.ShouldContain("Questions to send the vendor");
        output.ShouldContain("Red flag");
    }

    [Fact]
    public async Task Two_proposals_give_a_json_report_with_the_side_by_side_table_valid_against_the_schema()
    {
        var outDir = Directory.CreateTempSubdirectory("plumb-out-").FullName;

        var (exit, _, error) = await CheckRun.Run("review", "proposal", Corpus("crm-good.md"), Corpus("crm-typical.md"), "--format", "json", "--out", outDir);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        var json = File.ReadAllText(Directory.GetFiles(outDir, "*.json").ShouldHaveSingleItem());
        ReportSchema.Errors(json).ShouldBeEmpty();
        var documents = JsonNode.Parse(json)!["metrics"]!["proposal"]!["documents"]!.AsArray();
        documents.Count.ShouldBe(2);
        documents[1]!["topics"]!["support-sla"]!.GetValue<string>().ShouldBe("Red flag");
    }

    [Fact]
    public async Task A_missing_file_is_exit_two_with_one_line()
    {
        var (exit, output, error) = await CheckRun.Run("review", "proposal", "/nonexistent/vendor.pdf");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("/nonexistent/vendor.pdf: no such file");
    }

    [Fact]
    public async Task Fail_on_do_now_fails_a_proposal_that_leaves_the_code_with_the_vendor()
    {
        var (exit, _, _) = await CheckRun.Run("review", "proposal", Corpus("web-redesign-bad.md"), "--fail-on", "do-now");

        exit.ShouldBe(1);
    }
}
