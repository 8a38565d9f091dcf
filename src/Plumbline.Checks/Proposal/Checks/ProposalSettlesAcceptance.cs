namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle how the work is accepted? Its words are the <c>acceptance</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesAcceptance() : ProposalTopicCheck("acceptance");
