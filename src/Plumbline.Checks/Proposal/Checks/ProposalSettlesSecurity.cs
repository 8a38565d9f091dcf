namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle access, MFA, personal data and breach notice? Its words are the <c>security</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesSecurity() : ProposalTopicCheck("security");
