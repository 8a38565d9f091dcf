namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle support hours and response times as numbers? Its words are the <c>support-sla</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesSupportTimes() : ProposalTopicCheck("support-sla");
