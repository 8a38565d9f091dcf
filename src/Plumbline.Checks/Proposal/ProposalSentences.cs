using System.Text.RegularExpressions;

namespace Plumbline.Checks.Proposal;

/// <summary>Cuts a proposal's blocks into sentences, each knowing its section heading, page, paragraph and clause.</summary>
public static partial class ProposalSentences
{
    // Words that end in a full stop without ending the sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "ltd", "inc", "no", "approx", "incl", "excl", "mr", "mrs", "ms", "dr", "st", "co", "cf", "min", "max", "p.a", "pcm",
    };

    /// <summary>Every sentence of the document in reading order; headings are sentences too, with no heading of their own.</summary>
    public static IReadOnlyList<ProposalSentence> Of(ProposalDocument document)
    {
        var sentences = new List<ProposalSentence>();
        string? heading = null;
        foreach (var block in document.Blocks)
        {
            var (clause, text) = ProposalText.SplitClause(block.Text);
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    heading = text.TrimEnd(':', '.', ' ');
                    sentences.Add(new ProposalSentence(text, null, block.Page, block.Paragraph, clause));
                    break;
                case BlockKind.TableRow:
                    sentences.Add(new ProposalSentence(text, heading, block.Page, block.Paragraph, clause));
                    break;
                default:
                    // In a questions-and-answers proposal the question is what its answer is about ("Who owns the code?"
                    // over "You do."): it is the context of the sentences after it, in its paragraph or, alone, below it.
                    var context = heading;
                    var parts = Split(text).ToList();
                    foreach (var sentence in parts)
                    {
                        sentences.Add(new ProposalSentence(sentence, context, block.Page, block.Paragraph, clause));
                        if (IsQuestion(sentence))
                        {
                            context = sentence;
                        }
                    }

                    if (parts.Count == 1 && IsQuestion(parts[0]))
                    {
                        heading = parts[0];
                    }

                    break;
            }
        }

        return sentences;
    }

    /// <summary>True for a question: it asks about a topic and settles nothing itself.</summary>
    public static bool IsQuestion(string sentence) => sentence.TrimEnd('*', '_', '"', '\'', ')', ' ').EndsWith('?');

    /// <summary>Splits a paragraph at full stops, question and exclamation marks followed by a capital, a digit or a quote; abbreviations and decimals do not end a sentence.</summary>
    public static IEnumerable<string> Split(string paragraph)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var end = m.Index + m.Groups["stop"].Length;
            var before = LastWord().Match(paragraph[start..m.Index]).Value;
            if (paragraph[m.Index] == '.' && Abbreviations.Contains(before.TrimEnd('.')))
            {
                continue;
            }

            var sentence = paragraph[start..end].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = m.Index + m.Length;
        }

        var last = paragraph[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    [GeneratedRegex(@"(?<stop>[.!?]+[""')*_]*)\s+(?=[A-Z0-9""'(£$€*_])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"[A-Za-z.]+$")]
    private static partial Regex LastWord();
}
