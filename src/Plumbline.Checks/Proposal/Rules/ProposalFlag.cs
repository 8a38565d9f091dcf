namespace Plumbline.Checks.Proposal.Rules;

/// <summary>A red flag of a topic: words that, when a proposal says them, put the buyer at risk.</summary>
/// <param name="Id">Kebab-case id, e.g. <c>vendor-keeps-code</c>.</param>
/// <param name="Says">What the flag means in a phrase, e.g. "the vendor keeps the code".</param>
/// <param name="Patterns">Any one matching raises the flag.</param>
/// <param name="Unless">A pattern that, in the same sentence, cancels the flag ("at our standard rates" unless a rate is given).</param>
/// <param name="UnlessAddressed">True when another sentence settling the topic cancels the flag ("best efforts" with numbers elsewhere).</param>
/// <param name="Examples">Sentences that must raise the flag.</param>
/// <param name="CounterExamples">Sentences that must not.</param>
public sealed record ProposalFlag(
    string Id, string Says, IReadOnlyList<ProposalPattern> Patterns, ProposalPattern? Unless, bool UnlessAddressed,
    IReadOnlyList<string> Examples, IReadOnlyList<string> CounterExamples);
