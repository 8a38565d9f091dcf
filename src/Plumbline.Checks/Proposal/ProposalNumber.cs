namespace Plumbline.Checks.Proposal;

/// <summary>A number a proposal states, what kind it is and the sentence it came from.</summary>
/// <param name="Kind">What it is: total cost, recurring cost, payment milestone, availability, response time, contract length or notice period.</param>
/// <param name="Value">The words as written, e.g. "£18,500" or "within 4 business hours".</param>
/// <param name="Sentence">Where it was said.</param>
public sealed record ProposalNumber(string Kind, string Value, ProposalSentence Sentence);
