namespace Plumbline.Checks.Proposal.Rules;

/// <summary>One thing a buyer must see settled in a proposal, with the words that settle it, leave it vague or raise a flag.</summary>
/// <param name="Id">Kebab-case id, e.g. <c>code-ownership</c>.</param>
/// <param name="Check">The PascalCase check id its findings carry, e.g. <c>ProposalSettlesCodeOwnership</c>.</param>
/// <param name="Title">The topic's name in tables, e.g. "Source code and IP".</param>
/// <param name="Question">The check's question, ending in "?".</param>
/// <param name="Ask">The question to send the vendor when the topic is not settled.</param>
/// <param name="Recommendation">The catalog recommendation unsettled topics feed.</param>
/// <param name="Mentions">Words that show the topic is talked about; talked about but not settled is Vague.</param>
/// <param name="Addressed">Words that settle it.</param>
/// <param name="Vague">Words that, in a sentence, keep it from settling anything ("as needed", "TBD").</param>
/// <param name="Flags">Red flags.</param>
/// <param name="Examples">Sentences with the verdict each must get when read alone.</param>
public sealed record ProposalTopic(
    string Id, string Check, string Title, string Question, string Ask, string Recommendation,
    IReadOnlyList<ProposalPattern> Mentions, IReadOnlyList<ProposalPattern> Addressed, IReadOnlyList<ProposalPattern> Vague,
    IReadOnlyList<ProposalFlag> Flags, IReadOnlyList<(Verdict Verdict, string Sentence)> Examples);
