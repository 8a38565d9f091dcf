using Plumbline.Checks.Proposal;
using Plumbline.Checks.Proposal.Rules;

namespace Plumbline.Checks.Tests.Proposal;

/// <summary>The rules carry their own examples, like the secret rules: each example sentence must get its verdict when read alone.</summary>
public sealed class ProposalRuleExampleTests
{
    public static TheoryData<string> TopicIds() => [.. ProposalTopics.All.Select(t => t.Id)];

    [Fact]
    public void The_built_in_rules_cover_every_topic_the_issue_names()
    {
        ProposalTopics.All.Select(t => t.Id).ShouldBe(
        [
            "scope", "acceptance", "code-ownership", "account-ownership", "hosting", "data-ownership", "backups", "updates", "support-sla",
            "maintenance", "custom-vs-template", "licences", "security", "handover", "exit", "payment", "price-changes", "change-requests",
        ]);
    }

    [Theory]
    [MemberData(nameof(TopicIds))]
    public void Every_example_sentence_gets_its_verdict(string topicId)
    {
        var topic = ProposalTopics.Get(topicId);
        var wrong = topic.Examples
            .Select(e => (e.Verdict, e.Sentence, Got: TopicJudge.JudgeOne(topic, e.Sentence).Verdict))
            .Where(e => e.Verdict == Verdict.Missing ? e.Got is Verdict.Addressed or Verdict.RedFlag : e.Got != e.Verdict)
            .Select(e => $"'{e.Sentence}' should be {e.Verdict} (or not addressed, for missing), got {e.Got}")
            .ToList();

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TopicIds))]
    public void Every_red_flag_fires_on_its_examples_and_not_on_its_counter_examples(string topicId)
    {
        var topic = ProposalTopics.Get(topicId);
        var wrong = new List<string>();
        foreach (var flag in topic.Flags)
        {
            wrong.AddRange(flag.Examples.Where(e => !TopicJudge.JudgeOne(topic, e).Flags.Contains(flag.Id)).Select(e => $"{flag.Id} missed '{e}'"));
            wrong.AddRange(flag.CounterExamples.Where(e => TopicJudge.JudgeOne(topic, e).Flags.Contains(flag.Id)).Select(e => $"{flag.Id} wrongly raised by '{e}'"));
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void A_rules_file_without_examples_is_refused_with_its_line()
    {
        const string yaml = """
            topics:
              - id: backups
                check: ProposalSettlesBackups
                title: Backups
                question: Are backups settled?
                ask: How often?
                recommendation: ask-vendor-to-include-backups
                mentions: ['backup']
                addressed: ['nightly']
                flags:
                  - id: none
                    says: excluded
                    patterns: ['not included']
            """;

        var read = ProposalRuleReader.Read(yaml, "rules.yml");

        read.Success.ShouldBeFalse();
        read.Errors.ShouldContain(e => e.Message.Contains("needs at least one example and one counter-example") && e.Line != null);
    }

    [Fact]
    public void A_negated_sentence_does_not_settle_a_topic_but_a_pattern_that_states_the_negation_flags_it()
    {
        var backups = ProposalTopics.Get("backups");

        TopicJudge.JudgeOne(backups, "The service does not include daily backups.").Verdict.ShouldBe(Verdict.RedFlag);
        TopicJudge.JudgeOne(backups, "There are no nightly backups in this package.").Verdict.ShouldNotBe(Verdict.Addressed);
        TopicJudge.JudgeOne(ProposalTopics.Get("exit"), "There is no termination fee.").Verdict.ShouldNotBe(Verdict.RedFlag);
    }
}
