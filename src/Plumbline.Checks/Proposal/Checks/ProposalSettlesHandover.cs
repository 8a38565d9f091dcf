namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle the documentation and handover? Its words are the <c>handover</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesHandover() : ProposalTopicCheck("handover");
