namespace Plumbline.Checks.Proposal.Checks;

/// <summary>Does the proposal settle what will be delivered and what is out of scope? Its words are the <c>scope</c> topic of Proposal/Rules/topics.yml.</summary>
public sealed class ProposalSettlesScope() : ProposalTopicCheck("scope");
