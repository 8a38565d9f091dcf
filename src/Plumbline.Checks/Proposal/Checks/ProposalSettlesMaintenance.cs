namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle what happens after launch and what it costs? Its words are the <c>maintenance</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesMaintenance() : ProposalTopicCheck("maintenance");
