using System.Text.RegularExpressions;
using Plumbline.Checks.Proposal.Rules;

namespace Plumbline.Checks.Proposal;

/// <summary>Judges one topic over a proposal's sentences: any red flag wins, then any sentence that settles it, then any that
/// mentions it (Vague); nothing at all is Missing. Every verdict but Missing names its sentences.</summary>
public static partial class TopicJudge
{
    // Enough quotes to show the evidence without reprinting the proposal.
    private const int MaxQuotes = 3;

    private const string Separator = " \u2014 ";

    public static TopicVerdict Judge(ProposalTopic topic, IReadOnlyList<ProposalSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(sentences);
        var reads = sentences.Select(s => Read(topic, s)).ToList();
        var addressed = reads.Where(r => r.Addressed).ToList();
        var flagged = reads
            .SelectMany(r => r.Flags.Where(f => !(f.UnlessAddressed && addressed.Count > 0)).Select(f => (r.Sentence, Flag: f)))
            .ToList();
        if (flagged.Count > 0)
        {
            return new TopicVerdict(topic, Verdict.RedFlag,
                [.. flagged.Take(MaxQuotes).Select(f => new Quote(f.Sentence, f.Flag.Says))],
                [.. flagged.Select(f => f.Flag.Id).Distinct(StringComparer.Ordinal)]);
        }

        if (addressed.Count > 0)
        {
            return new TopicVerdict(topic, Verdict.Addressed, [.. addressed.Take(MaxQuotes).Select(r => new Quote(r.Sentence, "settles it"))], []);
        }

        var talked = reads.Where(r => r.Vague || r.Mentioned).OrderByDescending(r => r.Vague).Take(MaxQuotes).ToList();
        return talked.Count > 0
            ? new TopicVerdict(topic, Verdict.Vague, [.. talked.Select(r => new Quote(r.Sentence, r.Vague ? "vague" : "mentions it without settling it"))], [])
            : new TopicVerdict(topic, Verdict.Missing, [], []);
    }

    /// <summary>The verdict one sentence gets on its own (used by the rules' examples).</summary>
    public static TopicVerdict JudgeOne(ProposalTopic topic, string sentence) =>
        Judge(topic, [new ProposalSentence(ProposalText.Clean(sentence), null, null, 1, null)]);

    private static SentenceRead Read(ProposalTopic topic, ProposalSentence sentence)
    {
        // A decimal point is not a full stop: "£64.30 per month" must not end the [^.] spans the rules use.
        var text = DecimalPoint().Replace(sentence.Heading is null ? sentence.Text : sentence.Heading + Separator + sentence.Text, "\u00B7");
        var start = sentence.Heading is null ? 0 : sentence.Heading.Length + Separator.Length;
        // A question ("Who owns the code?") only mentions its topic: the answer after it is what counts.
        var asks = ProposalSentences.IsQuestion(sentence.Text);
        var flags = asks ? [] : topic.Flags
            .Where(f => f.Patterns.Any(p => Says(p, text, start, sentence.Heading)) && !(f.Unless?.Regex.IsMatch(text) ?? false))
            .ToList();
        var vague = !asks && topic.Vague.Any(p => Says(p, text, start, sentence.Heading));
        var addressed = !asks && !vague && topic.Addressed.Any(p => Says(p, text, start, sentence.Heading));
        var mentioned = topic.Mentions.Any(p => p.Regex.IsMatch(sentence.Text)) || topic.Addressed.Any(p => p.Regex.IsMatch(sentence.Text));
        return new SentenceRead(sentence, flags, addressed, vague, mentioned);
    }

    /// <summary>True when the pattern matches somewhere the sentence does not negate (a pattern that states a negation is taken as written).</summary>
    private static bool Says(ProposalPattern pattern, string text, int sentenceStart, string? heading)
    {
        for (var m = pattern.Regex.Match(text); m.Success; m = m.NextMatch())
        {
            if (pattern.StatesNegation || !Negation.Applies(text, m, sentenceStart, heading))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<=\d)\.(?=\d)")]
    private static partial Regex DecimalPoint();

    private sealed record SentenceRead(ProposalSentence Sentence, IReadOnlyList<ProposalFlag> Flags, bool Addressed, bool Vague, bool Mentioned);
}
