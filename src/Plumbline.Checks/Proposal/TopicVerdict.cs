using Plumbline.Checks.Proposal.Rules;

namespace Plumbline.Checks.Proposal;

/// <summary>A topic's verdict on one proposal, with the sentences it rests on (none when Missing).</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Verdict">Addressed, Vague, Missing or Red flag.</param>
/// <param name="Quotes">The sentences that decided it, red flags first.</param>
/// <param name="Flags">The ids of the red flags raised.</param>
public sealed record TopicVerdict(ProposalTopic Topic, Verdict Verdict, IReadOnlyList<Quote> Quotes, IReadOnlyList<string> Flags);
