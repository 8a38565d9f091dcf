using Microsoft.Extensions.Time.Testing;
using Plumbline.Checks.Proposal;
using Plumbline.Checks.Proposal.Reading;
using Plumbline.Checks.Proposal.Rules;
using Plumbline.Checks.Runs;
using Plumbline.Checks.Tests.Proposal;
using Plumbline.Core.Findings;
using Plumbline.Core.Recommendations;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using PageSize = UglyToad.PdfPig.Content.PageSize;

namespace Plumbline.Checks.Tests.Runs;

public sealed class ProposalReviewTests
{
    private static CheckRunSettings Settings() =>
        new(RecommendationCatalog.BuiltIn, new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)), new DateOnly(2026, 3, 1));

    private static ProposalDocument Corpus(string name, string format = "md") =>
        ProposalCorpusTests.Read(name, CorpusDocuments.All().Single(d => d.Name == name).Text, format);

    [Fact]
    public void A_bad_proposal_becomes_findings_items_and_questions_for_the_vendor()
    {
        var report = ProposalReview.Run([Corpus("web-redesign-bad.md", "pdf")], Settings());

        report.Success.ShouldBeTrue();
        var findings = report.Value.Findings;
        var code = findings.Single(f => f.CheckId == "ProposalSettlesCodeOwnership");
        code.Outcome.ShouldBe(Outcome.Fail);
        code.Detail.ShouldStartWith("Red flag");
        code.Detail.ShouldContain("Glowup Media retains ownership of all code");
        code.Location.Path.ShouldBe("web-redesign-bad.md");
        code.Location.Record!.ShouldStartWith("page 1, paragraph");
        code.Evidence.ShouldContain("red flag: licence-only");
        report.Value.Items.ShouldContain(i => i.RecommendationId == "ask-vendor-to-assign-code-and-ip");
        var questions = report.Value.Tables.Single(t => t.Id == "proposal-questions");
        questions.Rows[0][1].ShouldBe("Red flag");
        questions.Rows.ShouldContain(r => r[0] == "Backups and restore" && r[1] == "Missing");
        var numbers = report.Value.Tables.Single(t => t.Id == "proposal-numbers");
        numbers.Rows.ShouldContain(r => r[0] == ProposalNumbers.Recurring && r[1] == "£99 per month");
    }

    [Fact]
    public void Three_proposals_side_by_side_give_one_table_of_topics_by_vendor()
    {
        var report = ProposalReview.Run(
            [Corpus("web-redesign-good.md", "docx"), Corpus("web-redesign-typical.md", "pdf"), Corpus("web-redesign-bad.md")], Settings());

        var table = report.Value.Tables.Single(t => t.Id == "proposal-side-by-side");
        table.Columns.ShouldBe(["Topic", "web-redesign-good", "web-redesign-typical", "web-redesign-bad"]);
        var hosting = table.Rows.Single(r => r[0] == "Hosting");
        hosting.ShouldBe(["Hosting", "Addressed", "Vague", "Red flag"]);
        table.Rows[^1].ShouldBe(["Settled", "18 of 18", "3 of 18", "0 of 18"]);
        report.Value.Tables.Count(t => t.Id.StartsWith("proposal-review-", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public void The_numbers_a_buyer_compares_are_pulled_out_with_where_they_were_said()
    {
        var sentences = ProposalSnapshot.Of(Corpus("managed-it-good.md")).Sentences;

        var numbers = ProposalNumbers.Of(sentences);

        numbers.ShouldContain(n => n.Kind == ProposalNumbers.Availability && n.Value == "99.9%");
        numbers.ShouldContain(n => n.Kind == ProposalNumbers.Response && n.Value == "within 30 minutes");
        numbers.ShouldContain(n => n.Kind == ProposalNumbers.Recurring && n.Value == "£38 per user per month");
        numbers.ShouldContain(n => n.Kind == ProposalNumbers.Notice && n.Value == "90 days' notice");
        numbers.ShouldContain(n => n.Kind == ProposalNumbers.Term && n.Value == "24-month term");
        numbers.ShouldContain(n => n.Kind == ProposalNumbers.Milestone && n.Value.StartsWith("50% on signing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scanned_PDF_with_no_text_layer_is_inconclusive_and_says_so()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600);
        var read = ProposalReader.Read(builder.Build(), "scan.pdf");

        var report = ProposalReview.Run([read.Value], Settings());

        var finding = report.Value.Findings.ShouldHaveSingleItem();
        finding.Outcome.ShouldBe(Outcome.Inconclusive);
        finding.CheckId.ShouldBe("ProposalTextIsReadable");
        finding.Detail.ShouldContain("no text layer");
    }

    [Fact]
    public void Headings_numbered_clauses_and_table_rows_are_read_from_a_DOCX()
    {
        const string markdown = """
            ## 7. Backups

            | Item | Detail |
            | --- | --- |
            | Backups | Daily, kept for 30 days |

            4.2 The Client owns all source code.
            """;

        var snapshot = ProposalSnapshot.Of(ProposalCorpusTests.Read("x.md", markdown, "docx"));

        snapshot.Sentences.ShouldContain(s => s.Text == "Backups: Daily, kept for 30 days" && s.Heading == "Backups");
        snapshot.Sentences.ShouldContain(s => s.Text == "The Client owns all source code." && s.Clause == "4.2");
        var backups = TopicJudge.Judge(ProposalTopics.Get("backups"), snapshot.Sentences);
        backups.Verdict.ShouldBe(Verdict.Addressed);
    }

    [Fact]
    public void Everything_under_an_out_of_scope_heading_is_read_as_excluded()
    {
        const string text = """
            Out of scope

            Nightly backups and monthly security updates.
            """;
        var snapshot = ProposalSnapshot.Of(ProposalCorpusTests.Read("x.txt", text, "txt"));

        TopicJudge.Judge(ProposalTopics.Get("backups"), snapshot.Sentences).Verdict.ShouldBe(Verdict.RedFlag);
        TopicJudge.Judge(ProposalTopics.Get("updates"), snapshot.Sentences).Verdict.ShouldBe(Verdict.RedFlag);
    }

    [Theory]
    [InlineData("proposal.xlsx", "is a binary file")]
    [InlineData("proposal.doc", "not a format plumb reads")]
    [InlineData("proposal.pdf", "does not start like a PDF")]
    public void A_file_that_is_not_a_readable_proposal_is_one_clear_input_error(string name, string message)
    {
        var bytes = name.EndsWith(".xlsx", StringComparison.Ordinal) ? "PK\u0003\u0004rest"u8.ToArray() : "hello"u8.ToArray();

        var read = ProposalReader.Read(bytes, name);

        read.Success.ShouldBeFalse();
        read.Errors.ShouldHaveSingleItem().Message.ShouldContain(message);
    }

    [Fact]
    public void A_missing_file_is_named_in_the_error()
    {
        var report = ProposalReview.RunFiles(["/nonexistent/vendor.pdf"], Settings());

        report.Success.ShouldBeFalse();
        report.Errors.ShouldHaveSingleItem().ToString().ShouldBe("/nonexistent/vendor.pdf: no such file; check the path");
    }
}
